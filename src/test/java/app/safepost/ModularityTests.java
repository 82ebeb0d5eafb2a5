package app.safepost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SafepostApplication.class);

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        modules.verify();
    }

    /** Each package under app.safepost is a module, so the verification above covers all of the code. */
    @Test
    void every_top_level_package_is_a_module() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrderElementsOf(ArchitectureTest.modules())
                .contains("security", "shell", "school", "pupils", "accounts", "policies", "audit");
    }

    @Test
    void media_publishes_its_screen_parts_beside_its_public_api() {
        var media = modules.getModuleByName("media").orElseThrow();
        assertThat(media.getNamedInterfaces().stream().map(i -> i.getName())).contains("<<UNNAMED>>", "ui-parts");
    }

    @Test
    void writes_module_documentation_into_docs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortRelations(Path.of("docs/modules"));
        assertThat(Path.of("docs/modules/components.puml")).exists();
    }

    /** The documenter lists relations in no fixed order; sorted, the files change only when the modules do. */
    private static void sortRelations(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                var lines = Files.readAllLines(file);
                var relations = lines.stream()
                        .filter(l -> l.startsWith("Rel("))
                        .sorted()
                        .iterator();
                var sorted = lines.stream()
                        .map(l -> l.startsWith("Rel(") ? relations.next() : l)
                        .toList();
                Files.write(file, sorted);
            }
        }
    }
}
