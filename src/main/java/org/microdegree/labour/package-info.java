/**
 * The labour market's side of a design: figures per ESCO occupation and region (vacancies, online
 * job advertisements) that a designer imports from a statistics office or Cedefop's skills
 * intelligence, and the demand they show for the occupations a micro-credential or programme
 * covers. The package root is the module's API ({@link org.microdegree.labour.LabourMarket}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: csv", "skills"})
@org.jspecify.annotations.NullMarked
package org.microdegree.labour;
