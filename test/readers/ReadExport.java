/*
 * Reads our GraphML or GEXF with a real Java reader and prints what it loaded as JSON lines:
 * {"nodes":N,"edges":N} first, then one line per node and per edge with every attribute as text.
 *  - jgrapht FILE: JGraphT's GraphMLImporter, schema validation on (it checks the file against the
 *    GraphML XSD it bundles), into a directed pseudograph (parallel edges and loops kept);
 *  - gephi FILE [MERGE]: the Gephi toolkit, headless, with Gephi's default import settings (what
 *    File > Open gives) or the edge merge strategy given (NO_MERGE is "Don't merge").
 * Usage: java -cp <test/readers/.classpath> ReadExport.java jgrapht|gephi FILE [MERGE]
 */
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.DirectedGraph;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.openide.util.Lookup;

public class ReadExport {
  public static void main(String[] args) throws Exception {
    String out = args[0].equals("jgrapht") ? jgrapht(args[1]) : gephi(args[1], args.length > 2 ? args[2] : null);
    System.out.print(out);
    System.out.flush();
    // Gephi leaves non-daemon threads behind.
    System.exit(0);
  }

  static String jgrapht(String file) throws Exception {
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(null, DefaultEdge::new, false);
    Map<String, Map<String, String>> nodeAttrs = new LinkedHashMap<>();
    Map<DefaultEdge, Map<String, String>> edgeAttrs = new LinkedHashMap<>();
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(true);
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer((p, a) -> nodeAttrs.computeIfAbsent(p.getFirst(), k -> new LinkedHashMap<>()).put(p.getSecond(), a.getValue()));
    importer.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new LinkedHashMap<>()).put(p.getSecond(), a.getValue()));
    importer.importGraph(g, new File(file));
    StringBuilder out = new StringBuilder();
    out.append("{\"nodes\":").append(g.vertexSet().size()).append(",\"edges\":").append(g.edgeSet().size()).append("}\n");
    for (String v : g.vertexSet()) out.append("{\"t\":\"n\",\"a\":").append(json(nodeAttrs.get(v))).append("}\n");
    for (DefaultEdge e : g.edgeSet()) {
      out.append("{\"t\":\"e\",\"s\":").append(str(nodeAttrs.get(g.getEdgeSource(e)).get("kg_ref")))
          .append(",\"d\":").append(str(nodeAttrs.get(g.getEdgeTarget(e)).get("kg_ref")))
          .append(",\"a\":").append(json(edgeAttrs.get(e))).append("}\n");
    }
    return out.toString();
  }

  static String gephi(String file, String merge) throws Exception {
    ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
    pc.newProject();
    Workspace ws = pc.getCurrentWorkspace();
    ImportController ic = Lookup.getDefault().lookup(ImportController.class);
    Container container = ic.importFile(new File(file));
    if (container == null) throw new IllegalStateException("Gephi could not import " + file);
    if (merge != null) container.getLoader().setEdgesMergeStrategy(EdgeMergeStrategy.valueOf(merge));
    ic.process(container, new DefaultProcessor(), ws);
    GraphModel gm = Lookup.getDefault().lookup(GraphController.class).getGraphModel(ws);
    DirectedGraph g = gm.getDirectedGraph();
    StringBuilder out = new StringBuilder();
    out.append("{\"nodes\":").append(g.getNodeCount()).append(",\"edges\":").append(g.getEdgeCount()).append("}\n");
    for (Node n : g.getNodes()) {
      out.append("{\"t\":\"n\",\"caption\":").append(str(n.getLabel())).append(",\"a\":").append(attrs(n)).append("}\n");
    }
    Column ref = null;
    for (Column c : gm.getNodeTable()) if ("kg_ref".equals(c.getTitle())) ref = c;
    for (Edge e : g.getEdges()) {
      Object type = gm.getEdgeTypeLabel(e.getType());
      out.append("{\"t\":\"e\",\"s\":").append(str(e.getSource().getAttribute(ref)))
          .append(",\"d\":").append(str(e.getTarget().getAttribute(ref)))
          .append(",\"type\":").append(str(type)).append(",\"a\":").append(attrs(e)).append("}\n");
    }
    return out.toString();
  }

  static String attrs(Element el) {
    StringBuilder sb = new StringBuilder("{");
    for (Column c : el.getAttributeColumns()) {
      if (c.isProperty()) continue;
      Object v = el.getAttribute(c);
      if (v == null) continue;
      if (sb.length() > 1) sb.append(',');
      sb.append(str(c.getTitle())).append(':').append(str(v));
    }
    return sb.append('}').toString();
  }

  static String json(Map<String, String> m) {
    StringBuilder sb = new StringBuilder("{");
    if (m != null) for (Map.Entry<String, String> kv : m.entrySet()) {
      if (kv.getKey().equals("ID")) continue;
      if (sb.length() > 1) sb.append(',');
      sb.append(str(kv.getKey())).append(':').append(str(kv.getValue()));
    }
    return sb.append('}').toString();
  }

  static String str(Object o) {
    if (o == null) return "null";
    StringBuilder sb = new StringBuilder("\"");
    for (char ch : String.valueOf(o).toCharArray()) {
      if (ch == '"' || ch == '\\') sb.append('\\').append(ch);
      else if (ch < 0x20) sb.append(String.format("\\u%04x", (int) ch));
      else sb.append(ch);
    }
    return sb.append('"').toString();
  }
}
