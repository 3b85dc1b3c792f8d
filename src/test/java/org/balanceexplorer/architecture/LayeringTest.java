package org.balanceexplorer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md, kept true by the build. */
class LayeringTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.balanceexplorer");
    }

    @Test
    void modelDataAndGeoNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage("..balanceexplorer.model..", "..balanceexplorer.data..",
                        "..balanceexplorer.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("model, data and geo are tested and run without a toolkit")
                .check(main);
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("..balanceexplorer.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("..balanceexplorer.model..", "java..")
                .check(main);
    }

    @Test
    void onlyTheDataLayerAndTheBasemapReaderKnowJson() {
        noClasses().that().resideInAnyPackage("..balanceexplorer.model..", "..balanceexplorer.map..",
                        "..balanceexplorer.ui..", "..balanceexplorer.app..", "..balanceexplorer.export..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "com.networknt..")
                .because("JSON shape stays in data (and geo reads the GeoJSON basemap)")
                .check(main);
    }

    @Test
    void lowerLayersNeverReachUp() {
        noClasses().that().resideInAnyPackage("..balanceexplorer.model..", "..balanceexplorer.data..",
                        "..balanceexplorer.geo..", "..balanceexplorer.map..")
                .should().dependOnClassesThat().resideInAnyPackage("..balanceexplorer.ui..", "..balanceexplorer.app..",
                        "..balanceexplorer.export..")
                .check(main);
        noClasses().that().resideInAnyPackage("..balanceexplorer.data..")
                .should().dependOnClassesThat().resideInAnyPackage("..balanceexplorer.geo..", "..balanceexplorer.map..")
                .check(main);
        noClasses().that().resideInAnyPackage("..balanceexplorer.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("..balanceexplorer.data..", "..balanceexplorer.map..")
                .check(main);
    }

    @Test
    void stateUsesNeitherJavaFxNorTheLayersAboveIt() {
        noClasses().that().resideInAPackage("..balanceexplorer.state..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..balanceexplorer.ui..",
                        "..balanceexplorer.app..", "..balanceexplorer.map..", "..balanceexplorer.data..",
                        "com.fasterxml.jackson..")
                .because("the view state and its rings are computed and tested without a toolkit, "
                        + "and data (which writes scenes) depends on state, not the other way")
                .check(main);
    }

    @Test
    void paintersNeverTouchJavaFx() {
        noClasses().that().resideInAPackage("..balanceexplorer.map.paint..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("one painting path draws the screen, a PNG and a PDF page, with no toolkit")
                .check(main);
        noClasses().that().resideInAPackage("..balanceexplorer.map.paint..")
                .should().dependOnClassesThat().resideInAPackage("org.balanceexplorer.map")
                .because("the painters sit below the interactive map, which uses them")
                .check(main);
    }

    @Test
    void theMapNeverReadsFiles() {
        noClasses().that().resideInAPackage("..balanceexplorer.map..")
                .should().dependOnClassesThat().resideInAnyPackage("..balanceexplorer.data..")
                .because("the map draws what it is handed; reading and writing files is the data layer's")
                .check(main);
    }

    @Test
    void inGeoOnlyTheBasemapReaderKnowsJson() {
        noClasses().that().resideInAPackage("..balanceexplorer.geo..")
                .and().doNotHaveFullyQualifiedName("org.balanceexplorer.geo.Basemap")
                .and().haveNameNotMatching("org\\.balanceexplorer\\.geo\\.Basemap\\$.*")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .because("the GeoJSON basemap is the one file geo reads")
                .check(main);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.balanceexplorer.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void noJavaFxInternalsAreUsed() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.sun..")
                .check(main);
    }
}
