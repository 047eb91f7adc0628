package build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The modules of a build and what each depends on; orders them so that a module is built after its dependencies. */
public final class ModuleGraph {
    private final Map<String, Set<String>> dependencies = new TreeMap<>();
    private final Map<String, Set<String>> dependents = new TreeMap<>();

    /**
     * Reads lines such as "app: core, util"; "core:" declares a module with no dependencies. Blank lines and lines
     * starting with '#' are skipped.
     */
    public static ModuleGraph parse(List<String> lines) {
        ModuleGraph graph = new ModuleGraph();
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("expected '<module>: <dependencies>': " + raw);
            }
            String module = line.substring(0, colon).trim();
            graph.addModule(module);
            for (String dependency : line.substring(colon + 1).split(",")) {
                if (!dependency.isBlank()) {
                    graph.addDependency(module, dependency.trim());
                }
            }
        }
        return graph;
    }

    public void addModule(String module) {
        dependencies.putIfAbsent(module, new TreeSet<>());
        dependents.putIfAbsent(module, new TreeSet<>());
    }

    /** Records that module needs dependency to be built first. */
    public void addDependency(String module, String dependency) {
        if (module.equals(dependency)) {
            throw new IllegalArgumentException(module + " cannot depend on itself");
        }
        addModule(module);
        addModule(dependency);
        dependencies.get(module).add(dependency);
        dependents.get(dependency).add(module);
    }

    /** Dependencies first; among the modules that are ready at the same time, alphabetical order. */
    public List<String> buildOrder() {
        Map<String, Integer> waitingOn = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>();
        for (Map.Entry<String, Set<String>> entry : dependencies.entrySet()) {
            waitingOn.put(entry.getKey(), entry.getValue().size());
            if (entry.getValue().isEmpty()) {
                ready.add(entry.getKey());
            }
        }
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String module = ready.poll();
            order.add(module);
            for (String dependent : dependents.get(module)) {
                if (waitingOn.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (order.size() < dependencies.size()) {
            Set<String> stuck = new TreeSet<>(dependencies.keySet());
            order.forEach(stuck::remove);
            throw new IllegalStateException("dependency cycle among " + stuck);
        }
        return order;
    }

    /** Every module that has to be built before module, directly or through other modules, in alphabetical order. */
    public Set<String> allDependenciesOf(String module) {
        if (!dependencies.containsKey(module)) {
            throw new IllegalArgumentException("unknown module: " + module);
        }
        Set<String> found = new TreeSet<>();
        Deque<String> toVisit = new ArrayDeque<>(dependencies.get(module));
        while (!toVisit.isEmpty()) {
            String next = toVisit.pop();
            if (found.add(next)) {
                toVisit.addAll(dependencies.get(next));
            }
        }
        return found;
    }
}
