/** Rule profiles, rules, their parameters and findings: pure Java, no framework. Other modules may use it. */
@org.springframework.modulith.NamedInterface("model")
@org.jspecify.annotations.NullMarked
package org.microdegree.policy.model;
