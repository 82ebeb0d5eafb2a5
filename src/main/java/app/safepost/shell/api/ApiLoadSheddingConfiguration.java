package app.safepost.shell.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the API's load shedding before Spring Security's filters, so a turned-away call costs no sign-in. */
@Configuration(proxyBeanMethods = false)
class ApiLoadSheddingConfiguration {

    /** Spring Security's filter chain is registered at -100 ({@code spring.security.filter.order}). */
    static final int BEFORE_SECURITY = -110;

    @Bean
    FilterRegistrationBean<ApiLoadShedding> apiLoadShedding(ApiLoad load) {
        var registration = new FilterRegistrationBean<>(new ApiLoadShedding(load));
        registration.setOrder(BEFORE_SECURITY);
        registration.addUrlPatterns("/api/*");
        registration.setName("apiLoadShedding");
        return registration;
    }
}
