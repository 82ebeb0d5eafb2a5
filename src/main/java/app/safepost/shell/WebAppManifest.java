package app.safepost.shell;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web app manifest (META-INF/resources/manifest.webmanifest) goes out as what it is, so an iPad
 * adds the portal to its home screen with its name and icons; the server knows no type for it.
 */
@Configuration(proxyBeanMethods = false)
class WebAppManifest {

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> manifestType() {
        return factory -> {
            var manifest = new MimeMappings();
            manifest.add("webmanifest", "application/manifest+json");
            factory.addMimeMappings(manifest);
        };
    }
}
