package org.claimgraph.rdf;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.pipeline.ArticleSink;

/**
 * Writes extracted articles as RDF to an output stream without holding the corpus: TriG,
 * N-Quads and Turtle stream article by article (Turtle merges all graphs into triples);
 * JSON-LD has no streaming form, so it is written as one JSON-LD document per article per line.
 */
public final class RdfFileSink implements ArticleSink {
    /** Output syntaxes offered on the command line. */
    public enum Format {
        TRIG, NQUADS, TURTLE, JSONLD;

        public static Format parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT).replace("-", ""));
        }
    }

    private final ArticleMapper mapper;
    private final Format format;
    private final OutputStream out;
    private final StreamRDF stream;

    public RdfFileSink(ArticleMapper mapper, Format format, OutputStream out) {
        this.mapper = mapper;
        this.format = format;
        this.out = out;
        this.stream = switch (format) {
            case TRIG -> StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            case NQUADS -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            case TURTLE -> triplesOnly(StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS));
            case JSONLD -> null;
        };
        if (stream != null) {
            stream.start();
            if (format != Format.NQUADS) {
                StreamRDFOps.sendPrefixesToStream(prefixes(), stream);
            }
        }
    }

    @Override
    public void accept(ExtractedArticle article) {
        if (format == Format.JSONLD) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            StreamRDF collect = StreamRDFLib.dataset(dsg);
            mapper.write(article, collect);
            dsg.prefixes().putAll(prefixes());
            java.io.ByteArrayOutputStream doc = new java.io.ByteArrayOutputStream();
            RDFDataMgr.write(doc, dsg, RDFFormat.JSONLD11_FLAT);
            PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
            ps.println(doc.toString(StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ").strip());
            ps.flush();
        } else {
            mapper.write(article, stream);
        }
    }

    @Override
    public void close() throws Exception {
        if (stream != null) {
            stream.finish();
        }
        out.flush();
    }

    /** Turtle has no graphs: send each quad's triple. */
    private static StreamRDF triplesOnly(StreamRDF triples) {
        return new org.apache.jena.riot.system.StreamRDFWrapper(triples) {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad quad) {
                triple(quad.asTriple());
            }
        };
    }

    /** Prefixes used in every output. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("cg", CG.NS);
        pm.setNsPrefix("id", CG.ID);
        pm.setNsPrefix("schema", CG.SCHEMA);
        pm.setNsPrefix("oa", CG.OA);
        pm.setNsPrefix("skos", CG.SKOS);
        pm.setNsPrefix("prov", CG.PROV);
        pm.setNsPrefix("wd", CG.WD);
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        return pm;
    }
}
