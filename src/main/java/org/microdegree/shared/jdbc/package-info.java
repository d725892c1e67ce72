/** Conversions between Java values and SQL columns, shared by the modules' stores. */
@org.springframework.modulith.NamedInterface("jdbc")
@org.jspecify.annotations.NullMarked
package org.microdegree.shared.jdbc;
