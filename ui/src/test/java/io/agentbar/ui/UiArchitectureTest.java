package io.agentbar.ui;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.agentbar.ui.phone.FxBridge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The MVVM and threading rules of design.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "io.agentbar.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule viewModelsStayOffTheSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .or().haveSimpleName("CallList").or().haveSimpleName("RegistrationStatus").or().haveSimpleName("DialInput")
            .or().haveSimpleName("CallTexts").or().haveSimpleName("RecordingRow")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
            .because("view models are tested without a toolkit and must not reach into the scene graph");

    @ArchTest
    static final ArchRule onlyTheBridgeHopsThreads = noClasses()
            .that().doNotHaveFullyQualifiedName(FxBridge.class.getName())
            .should().dependOnClassesThat().belongToAnyOf(javafx.application.Platform.class)
            .because("events reach the FX thread through one bridge, so view models change on one thread only");

    @ArchTest
    static final ArchRule uiSeesOnlyCore = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.agentbar.sip..", "io.agentbar.audio..",
                    "io.agentbar.app..", "javax.sip..", "javax.sound..")
            .because("ui sees core, never an adapter (design.md)");

    @ArchTest
    static final ArchRule viewsDoNotCallThePhone = noClasses()
            .that().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().haveSimpleName("PhoneControls")
            .because("views only bind; commands go through the view model");
}
