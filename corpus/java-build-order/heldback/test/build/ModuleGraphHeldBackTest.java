package build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

public class ModuleGraphHeldBackTest {
    private static ModuleGraph shop() {
        return ModuleGraph.parse(Arrays.asList("app: api, web", "api: model", "web: model", "model:", "tools:"));
    }

    @Test
    public void diamondIsBuiltFromTheBottom() {
        assertEquals(Arrays.asList("model", "api", "tools", "web", "app"), shop().buildOrder());
    }

    @Test
    public void allDependenciesFollowTheLines() {
        assertEquals(new TreeSet<>(Arrays.asList("api", "model", "web")), shop().allDependenciesOf("app"));
        assertEquals(new TreeSet<>(), shop().allDependenciesOf("model"));
    }

    @Test
    public void moduleNamedOnlyAsADependencyIsBuiltToo() {
        ModuleGraph graph = ModuleGraph.parse(Arrays.asList("app: logging,  metrics"));
        assertEquals(Arrays.asList("logging", "metrics", "app"), graph.buildOrder());
    }

    @Test
    public void linesAndCodeAgree() {
        ModuleGraph graph = ModuleGraph.parse(Arrays.asList("report: db"));
        graph.addDependency("db", "config");
        assertEquals(Arrays.asList("config", "db", "report"), graph.buildOrder());
        Set<String> expected = new TreeSet<>(Arrays.asList("config", "db"));
        assertEquals(expected, graph.allDependenciesOf("report"));
    }

    @Test
    public void longCycleNamesItsModules() {
        try {
            ModuleGraph.parse(Arrays.asList("a: c", "b: a", "c: b", "d:")).buildOrder();
            fail("expected a cycle");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("[a, b, c]"));
        }
    }
}
