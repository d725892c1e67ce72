package org.microdegree.catalog.rest;

import org.microdegree.catalog.format.CatalogueJsonModule;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;

/** API bodies follow the bundle format's rules: same field names, same order, unknown fields refused. */
@Configuration
class CatalogueJsonConfig {

    @Bean
    JsonMapperBuilderCustomizer catalogueJson() {
        return builder -> builder.addModule(new CatalogueJsonModule())
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
