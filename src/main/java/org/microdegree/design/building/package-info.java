/**
 * The design assistant: one builder per building pattern of the LUH model ("How to build
 * Micro-Degree-Programmes", 2023). Each takes what the catalogue offers and the designer's
 * parameters and ends in a draft (new micro-credentials and programmes as a catalogue bundle),
 * or in the reasons why the design cannot be built. Pure Java: no framework, no SQL.
 */
@org.springframework.modulith.NamedInterface("building")
@org.jspecify.annotations.NullMarked
package org.microdegree.design.building;
