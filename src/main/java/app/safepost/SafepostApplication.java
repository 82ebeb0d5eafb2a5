package app.safepost;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "referrer", content = "same-origin")
public class SafepostApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(SafepostApplication.class, args);
    }

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
