package org.yandu.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.yandu.ui.app.DesktopHeap;
import org.yandu.ui.app.NextFrame;
import org.yandu.ui.app.StartupMarks;
import org.yandu.ui.app.YanduApp;
import org.yandu.ui.base.WhenReached;

/**
 * The rules of docs/ARCHITECTURE.md, checked on the compiled classes: each capability keeps its library to itself,
 * the store depends on nothing else of Yandu, view models are plain Java, and no package needs one that needs it.
 */
@AnalyzeClasses(packages = "org.yandu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule sqlOnlyInTheLibrary = noClasses().that().resideOutsideOfPackage("org.yandu.library..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("all SQL lives in org.yandu.library");

    @ArchTest
    static final ArchRule postgresqlOnlyInTheGroupsStore = noClasses().that()
            .resideOutsideOfPackage("org.yandu.library.group..")
            .should().dependOnClassesThat().resideInAPackage("org.postgresql..")
            .because("a study group's server is reached through org.yandu.library.group alone");

    @ArchTest
    static final ArchRule hanlpOnlyInText = noClasses().that().resideOutsideOfPackage("org.yandu.text..")
            .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
            .because("HanLP is behind ChineseText");

    @ArchTest
    static final ArchRule pdfboxOnlyInTheImporterAndTheBench = noClasses().that()
            .resideOutsideOfPackages("org.yandu.importer..", "org.yandu.bench..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
            .because("a PDF is read by PdfReader alone; the bench writes the PDFs it measures");

    @ArchTest
    static final ArchRule javafxOnlyInTheWindowAndTheBench = noClasses().that()
            .resideOutsideOfPackages("org.yandu.ui..", "org.yandu.bench..")
            .and().doNotHaveFullyQualifiedName("org.yandu.Main")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the model, the store and the command line run without a display");

    @ArchTest
    static final ArchRule theLibraryDependsOnNoOtherPartOfYandu = noClasses().that()
            .resideInAPackage("org.yandu.library..")
            .should().dependOnClassesThat(resideInAPackage("org.yandu..").and(not(resideInAnyPackage(
                    "org.yandu.library..", "org.yandu.files..", "org.yandu.threads..", "org.yandu.failure.."))))
            .because("every capability is built on the store, never the other way round; the store uses only the"
                    + " leaf packages every package may use (files, threads, failure)");

    @ArchTest
    static final ArchRule viewModelsArePlainJava = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested without the FX thread");

    @ArchTest
    static final ArchRule theCommandLineAndTheBenchNeedOnlyTheWindowsEntry = noClasses().that()
            .resideInAnyPackage("org.yandu.cli..", "org.yandu.bench..")
            .should().dependOnClassesThat(resideInAPackage("org.yandu.ui..")
                    .and(not(belongToAnyOf(YanduApp.class, StartupMarks.class, NextFrame.class, WhenReached.class,
                            DesktopHeap.class))))
            .because("they start the window through its entry and read the marks it prints, and know nothing else"
                    + " of it; the bench's stack-alone window waits for frames and gives back its heap as it does");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.yandu.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenTheWindowsFeatures = slices().matching("org.yandu.ui.(*)..").should()
            .beFreeOfCycles()
            .because("a feature may use the features below it (notes use the reader, the reader the glossary), never"
                    + " the other way round");

    @ArchTest
    static final ArchRule onlyTheAppWiresTheWindow = noClasses().that().resideInAPackage("org.yandu.ui..")
            .and().resideOutsideOfPackage("org.yandu.ui.app..")
            .should().dependOnClassesThat().resideInAPackage("org.yandu.ui.app..")
            .because("ui.app builds the window from the features and hands each what it uses; no feature reaches back");

    @ArchTest
    static final ArchRule theWindowsBaseKnowsNoFeature = noClasses().that().resideInAPackage("org.yandu.ui.base..")
            .should().dependOnClassesThat(resideInAPackage("org.yandu.ui..")
                    .and(not(resideInAPackage("org.yandu.ui.base.."))))
            .because("texts, background work, settings and the language tools serve every feature alike");
}
