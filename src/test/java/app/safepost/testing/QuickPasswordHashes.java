package app.safepost.testing;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Every test portal hashes and checks the demo password with bcrypt at its lowest cost (4) instead of
 * the portal's (10). The API tests send HTTP Basic with every request, thousands in a run, and each
 * check at cost 10 takes tens of milliseconds of a core; the checks stay real bcrypt through the
 * portal's own delegating encoder, so a wrong password is refused exactly as before. Registered for
 * all test contexts in {@code META-INF/spring.factories}; it is the same for every context, so it
 * neither adds nor splits any in the context cache.
 */
public final class QuickPasswordHashes implements ContextCustomizerFactory {

    static final int COST = 4;

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private record Customizer() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().addBeanPostProcessor(new QuickEncoder());
        }
    }

    private static final class QuickEncoder implements BeanPostProcessor {
        @Override
        public @Nullable Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof DelegatingPasswordEncoder) {
                return quick();
            }
            return bean;
        }
    }

    /** The portal's encoder as {@code PasswordEncoderFactories} makes it, with bcrypt at the lowest cost. */
    static PasswordEncoder quick() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(COST)));
    }
}
