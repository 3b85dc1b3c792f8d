package org.balanceexplorer.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a {@link GisLayer} as KML 2.2 with the JDK's StAX writer: a Document with a Style per
 * layer style (line and area colour), and a Placemark per feature with its name, a description (an
 * HTML table of its attributes and of every claim, for the viewer's balloon), a {@code TimeSpan}
 * beginning at its date (Google Earth's time slider), its style, {@code ExtendedData} (the flat
 * attributes, then each claim's as {@code claim_N_key}; GDAL's LIBKML driver, which QGIS uses,
 * reads these as fields) and its geometry (several parts in a {@code MultiGeometry}; polygons'
 * outer rings counterclockwise).
 *
 * <p>Stateless and thread-safe.
 */
public final class KmlWriter {

    static final String NS = "http://www.opengis.net/kml/2.2";

    private KmlWriter() {
    }

    /** The layer as KML (UTF-8 bytes). */
    public static byte[] write(GisLayer layer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("kml");
            w.writeDefaultNamespace(NS);
            w.writeStartElement("Document");
            text(w, "name", layer.name());
            text(w, "description", layer.description());
            for (GisLayer.Style s : layer.styles()) {
                style(w, s);
            }
            for (GisLayer.Feature f : layer.features()) {
                placemark(w, f);
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write KML", e);
        }
        return out.toByteArray();
    }

    /** Writes the layer to a file atomically. */
    public static void write(GisLayer layer, Path target) throws IOException {
        AtomicFiles.write(target, write(layer));
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** KML colours are aabbggrr. */
    static String kmlColour(String hex, double opacity) {
        int a = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255);
        return String.format(Locale.ROOT, "%02x%s%s%s", a, hex.substring(5, 7), hex.substring(3, 5),
                hex.substring(1, 3)).toLowerCase(Locale.ROOT);
    }

    private static void style(XMLStreamWriter w, GisLayer.Style s) throws XMLStreamException {
        w.writeStartElement("Style");
        w.writeAttribute("id", s.id());
        w.writeStartElement("IconStyle");
        text(w, "color", kmlColour(s.colourHex(), 1));
        w.writeEndElement();
        w.writeStartElement("LineStyle");
        text(w, "color", kmlColour(s.colourHex(), 1));
        text(w, "width", String.format(Locale.ROOT, "%.1f", s.lineWidth()));
        w.writeEndElement();
        w.writeStartElement("PolyStyle");
        text(w, "color", kmlColour(s.colourHex(), s.fillOpacity()));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void placemark(XMLStreamWriter w, GisLayer.Feature f) throws XMLStreamException {
        w.writeStartElement("Placemark");
        w.writeAttribute("id", f.id());
        text(w, "name", f.name());
        w.writeStartElement("description");
        w.writeCData(description(f));
        w.writeEndElement();
        if (f.begin() != null) {
            w.writeStartElement("TimeSpan");
            text(w, "begin", f.begin());
            w.writeEndElement();
        }
        if (f.styleId() != null) {
            text(w, "styleUrl", "#" + f.styleId());
        }
        w.writeStartElement("ExtendedData");
        for (Map.Entry<String, Object> a : f.attributes().entrySet()) {
            data(w, a.getKey(), String.valueOf(a.getValue()));
        }
        for (int i = 0; i < f.claims().size(); i++) {
            for (Map.Entry<String, String> e : f.claims().get(i).entrySet()) {
                data(w, "claim_" + (i + 1) + "_" + e.getKey(), e.getValue());
            }
        }
        w.writeEndElement();
        geometry(w, f.geometry());
        w.writeEndElement();
    }

    private static void data(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement("Data");
        w.writeAttribute("name", name);
        text(w, "value", value);
        w.writeEndElement();
    }

    /** A readable table: the attributes, then one row per claim. HTML, escaped, for a CDATA section. */
    static String description(GisLayer.Feature f) {
        StringBuilder b = new StringBuilder("<table border=\"1\" cellpadding=\"2\">");
        for (Map.Entry<String, Object> a : f.attributes().entrySet()) {
            b.append("<tr><th align=\"left\">").append(html(a.getKey().replace('_', ' '))).append("</th><td>")
                    .append(html(String.valueOf(a.getValue()))).append("</td></tr>");
        }
        b.append("</table>");
        if (!f.claims().isEmpty()) {
            b.append("<p>Claims (each is the claimant's, not a fact):</p><table border=\"1\" cellpadding=\"2\"><tr>");
            for (String key : f.claims().get(0).keySet()) {
                b.append("<th>").append(html(key.replace('_', ' '))).append("</th>");
            }
            b.append("</tr>");
            for (Map<String, String> c : f.claims()) {
                b.append("<tr>");
                for (String v : c.values()) {
                    b.append("<td>").append(html(v)).append("</td>");
                }
                b.append("</tr>");
            }
            b.append("</table>");
        }
        // A CDATA section cannot hold "]]>"; split it if a value does.
        return b.toString().replace("]]>", "]]]]><![CDATA[>");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void geometry(XMLStreamWriter w, Geometry g) throws XMLStreamException {
        if (g.getNumGeometries() > 1) {
            w.writeStartElement("MultiGeometry");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                geometry(w, g.getGeometryN(i));
            }
            w.writeEndElement();
        } else if (g instanceof Point p) {
            w.writeStartElement("Point");
            text(w, "coordinates", coordinates(new Coordinate[] {p.getCoordinate()}, false));
            w.writeEndElement();
        } else if (g instanceof Polygon p) {
            w.writeStartElement("Polygon");
            ring(w, "outerBoundaryIs", p.getExteriorRing().getCoordinates(), true);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ring(w, "innerBoundaryIs", p.getInteriorRingN(h).getCoordinates(), false);
            }
            w.writeEndElement();
        } else if (g instanceof LineString l) {
            w.writeStartElement("LineString");
            text(w, "tessellate", "1");
            text(w, "coordinates", coordinates(l.getCoordinates(), false));
            w.writeEndElement();
        } else if (g.getNumGeometries() == 1 && g.getGeometryN(0) != g) {
            geometry(w, g.getGeometryN(0));
        } else {
            throw new IllegalArgumentException("cannot write a " + g.getGeometryType() + " as KML here");
        }
    }

    private static void ring(XMLStreamWriter w, String boundary, Coordinate[] cs, boolean outer)
            throws XMLStreamException {
        boolean reverse = cs.length >= 4 && Orientation.isCCW(cs) != outer;
        w.writeStartElement(boundary);
        w.writeStartElement("LinearRing");
        text(w, "tessellate", "1");
        text(w, "coordinates", coordinates(cs, reverse));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String coordinates(Coordinate[] cs, boolean reverse) {
        StringBuilder b = new StringBuilder(cs.length * 22);
        for (int i = 0; i < cs.length; i++) {
            Coordinate c = cs[reverse ? cs.length - 1 - i : i];
            if (i > 0) {
                b.append(' ');
            }
            b.append(GeoJsonWriter.round(c.x).toPlainString()).append(',').append(GeoJsonWriter.round(c.y).toPlainString());
        }
        return b.toString();
    }

}
