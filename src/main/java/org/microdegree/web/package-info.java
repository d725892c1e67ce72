/** The web layer: security, error responses, and (later) the Thymeleaf pages. Depends on module APIs only. */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package org.microdegree.web;
