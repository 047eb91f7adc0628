package build;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import org.junit.Test;

public class ModuleGraphTest {
    @Test
    public void independentModulesAreBuiltAlphabetically() {
        ModuleGraph graph = ModuleGraph.parse(Arrays.asList("web:", "api:", "cli:"));
        assertEquals(Arrays.asList("api", "cli", "web"), graph.buildOrder());
    }

    @Test
    public void commentsAndBlankLinesAreSkipped() {
        ModuleGraph graph = ModuleGraph.parse(Arrays.asList("# modules of the shop", "", "  core:  "));
        assertEquals(Arrays.asList("core"), graph.buildOrder());
    }

    @Test(expected = IllegalArgumentException.class)
    public void lineWithoutColonIsRejected() {
        ModuleGraph.parse(Arrays.asList("app core"));
    }

    @Test
    public void dependenciesAddedInCodeAreBuiltFirst() {
        ModuleGraph graph = new ModuleGraph();
        graph.addDependency("app", "core");
        graph.addDependency("app", "util");
        graph.addDependency("util", "core");
        assertEquals(Arrays.asList("core", "util", "app"), graph.buildOrder());
    }

    @Test(expected = IllegalStateException.class)
    public void cycleIsReported() {
        ModuleGraph.parse(Arrays.asList("a: b", "b: a")).buildOrder();
    }

    @Test
    public void dependenciesReadFromLinesAreBuiltFirst() {
        ModuleGraph graph = ModuleGraph.parse(Arrays.asList("app: core, util", "util: core", "core:"));
        assertEquals(Arrays.asList("core", "util", "app"), graph.buildOrder());
    }
}
