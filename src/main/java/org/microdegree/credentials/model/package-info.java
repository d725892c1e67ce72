/** What certificates say, free of any framework. */
@org.jspecify.annotations.NullMarked
package org.microdegree.credentials.model;
