package dev.respec.suite;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

/**
 * Runs every feature file under {@code features/} (copied onto the test classpath from ../features) against
 * the target chosen by {@code -Drespec.target}. The features are selected as the classpath package
 * {@code features}: Cucumber 7.34 warns that a classpath-resource selector should not select a package. Plugins, naming and the rest of Cucumber's configuration live
 * in {@code junit-platform.properties}, so running a feature file from an IDE behaves the same.
 *
 * <pre>
 *   mvn -pl step-defs -am verify -Dtest=ConformanceSuite -Dsurefire.failIfNoSpecifiedTests=false -Drespec.target=redis
 *   ... -Dcucumber.filter.tags="@needs:restart and not @slow"
 * </pre>
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.respec.suite")
public class ConformanceSuite {
}
