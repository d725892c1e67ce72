/**
 * Finding published micro-credentials and programmes: full text over titles, descriptions, learning
 * outcomes and skills' labels (English and German), facets with counts, sorting and paging, from an
 * in-process Lucene index kept current with the catalogue. The API is
 * {@link org.microdegree.search.CatalogueSearch}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog", "catalog :: model", "skills", "credentials",
        "credentials :: model", "admissions", "admissions :: model"})
@org.jspecify.annotations.NullMarked
package org.microdegree.search;
