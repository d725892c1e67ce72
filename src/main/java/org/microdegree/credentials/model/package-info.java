/** What certificates say, free of any framework. Other modules (cli, web) read these types. */
@org.springframework.modulith.NamedInterface("model")
@org.jspecify.annotations.NullMarked
package org.microdegree.credentials.model;
