package org.microdegree;

import org.microdegree.shared.PublicUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The installation's public URL, one bean for every module that names it. */
@Configuration(proxyBeanMethods = false)
class PublicUrlConfiguration {

    @Bean
    PublicUrl publicUrl(@Value("${microdegree.public-url:}") String configured, @Value("${server.port:8080}") int port) {
        return PublicUrl.of(configured, port);
    }
}
