package io.agentbar.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** design.md's module rules, enforced on the production classes of every module. */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.agentbar");
    }

    @Test
    void coreIsPureJava() {
        noClasses().that().resideInAPackage("io.agentbar.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "javax.sip..", "gov.nist..", "javax.sound..",
                        "io.agentbar.sip..", "io.agentbar.audio..", "io.agentbar.ui..", "io.agentbar.app..")
                .because("core holds the domain and its ports; it must stay testable without a toolkit, a SIP stack or a sound card")
                .check(production);
    }

    @Test
    void sipOnlyInSipStack() {
        noClasses().that().resideOutsideOfPackage("io.agentbar.sip..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.sip..", "javax.sdp..", "gov.nist..")
                .because("SIP and SDP text never leave sip-stack; other modules see core records only")
                .check(production);
    }

    @Test
    void soundOnlyInAudio() {
        noClasses().that().resideOutsideOfPackage("io.agentbar.audio..")
                .should().dependOnClassesThat().resideInAPackage("javax.sound..")
                .because("Java Sound is one adapter among devices; the rest of the app sees core's AudioEngine")
                .check(production);
    }

    @Test
    void javaFxOnlyInUiAndApp() {
        noClasses().that().resideOutsideOfPackages("io.agentbar.ui..", "io.agentbar.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the phone must run headless (CLI, tests, servers) without a toolkit")
                .check(production);
    }

    @Test
    void sipStackAndAudioDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("io.agentbar.sip..")
                .should().dependOnClassesThat().resideInAPackage("io.agentbar.audio..")
                .because("signalling and media meet only at the Call, through core values")
                .check(production);
        noClasses().that().resideInAPackage("io.agentbar.audio..")
                .should().dependOnClassesThat().resideInAPackage("io.agentbar.sip..")
                .because("signalling and media meet only at the Call, through core values")
                .check(production);
    }

    @Test
    void uiSeesOnlyCore() {
        noClasses().that().resideInAPackage("io.agentbar.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.agentbar.sip..", "io.agentbar.audio..", "io.agentbar.app..")
                .because("views and view models talk to the Phone facade, never to an adapter")
                .check(production);
    }

    @Test
    void namesSayWhatSetsAClassApart() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper")
                .because("implementations are named by what sets them apart (design.md, naming)")
                .check(production);
    }

    @Test
    void onlyTheBridgeHopsOntoTheFxThread() {
        noClasses().that().doNotHaveSimpleName("FxBridge")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .because("one bridge delivers phone events to the FX thread; scattered thread hops hide races")
                .check(production);
    }

    @Test
    void stateTypesAreSealed() {
        classes().that().haveSimpleNameEndingWith("State").and().areInterfaces()
                .and().resideInAPackage("io.agentbar.core..")
                .should(new com.tngtech.archunit.lang.ArchCondition<>("be sealed") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass item,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        if (!item.reflect().isSealed()) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item, item.getName() + " is not sealed"));
                        }
                    }
                })
                .because("states are sealed records with a pure transition function (design.md, state machines)")
                .check(production);
    }
}
