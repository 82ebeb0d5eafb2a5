package app.safepost;

import app.safepost.backups.RestoreDrillCommand;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "referrer", content = "same-origin")
public class SafepostApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (RestoreDrillCommand.isAskedFor(args)) {
            System.exit(RestoreDrillCommand.run(SafepostApplication.class, args, System.out));
        }
        SpringApplication.run(SafepostApplication.class, args);
    }

    /** The nightly and periodic jobs; off only for a one-off command such as the restore drill. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "safepost.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    static class Scheduling {}

    /**
     * The page title, and what lets staff add the portal to an iPad's home screen: the web app manifest
     * and icons (static files, so the build needs no front-end tool chain).
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Safepost");
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addLink("icon", "favicon.ico");
        settings.addLink("apple-touch-icon", "icons/apple-touch-icon.png");
        settings.addMetaTag("theme-color", "#0a4fa3");
        settings.addMetaTag("mobile-web-app-capable", "yes");
        settings.addMetaTag("apple-mobile-web-app-capable", "yes");
        settings.addMetaTag("apple-mobile-web-app-title", "Safepost");
    }
}
