import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws the RotaDesk icon (a teal tile with 轮, "rotation", in the bundled Noto Sans SC Bold) in every size,
 * and packs the Windows .ico and macOS .icns. Run from this folder: java MakeIcons.java
 */
public class MakeIcons {
    public static void main(String[] args) throws Exception {
        Font base = Font.createFont(Font.TRUETYPE_FONT,
                new File("../../../../../app/src/main/resources/com/rotadesk/app/fonts/NotoSansSC_700Bold.ttf"));
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            BufferedImage img = draw(base, size);
            ImageIO.write(img, "png", new File("rotadesk-" + size + ".png"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(img, "png", bytes);
            pngs.put(size, bytes.toByteArray());
        }
        writeIco(pngs);
        writeIcns(pngs);
    }

    static BufferedImage draw(Font base, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double m = size * 0.04;
        RoundRectangle2D tile = new RoundRectangle2D.Double(m, m, size - 2 * m, size - 2 * m, size * 0.36, size * 0.36);
        g.setPaint(new GradientPaint(0, 0, new Color(0x14, 0x8F, 0x86), 0, size, new Color(0x0B, 0x5E, 0x6B)));
        g.fill(tile);
        if (size >= 48) {
            g.setStroke(new BasicStroke((float) (size * 0.035)));
            g.setColor(new Color(255, 255, 255, 70));
            double r = size * 0.33;
            g.drawArc((int) (size / 2.0 - r), (int) (size / 2.0 - r), (int) (2 * r), (int) (2 * r), 110, 300);
        }
        Font f = base.deriveFont(Font.BOLD, (float) (size * 0.56));
        g.setFont(f);
        g.setColor(Color.WHITE);
        FontMetrics fm = g.getFontMetrics();
        String s = "轮";
        int x = (size - fm.stringWidth(s)) / 2;
        int y = (size - fm.getHeight()) / 2 + fm.getAscent();
        g.drawString(s, x, y);
        g.dispose();
        return img;
    }

    static void writeIco(Map<Integer, byte[]> pngs) throws Exception {
        int[] sizes = {16, 32, 48, 256};
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * sizes.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int s : sizes) {
            byte[] png = pngs.get(s);
            header.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            header.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(offset);
            offset += png.length;
        }
        try (FileOutputStream out = new FileOutputStream("rotadesk.ico")) {
            out.write(header.array());
            for (int s : sizes) {
                out.write(pngs.get(s));
            }
        }
    }

    static void writeIcns(Map<Integer, byte[]> pngs) throws Exception {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(body);
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            byte[] png = pngs.get(t.getValue());
            b.writeBytes(t.getKey());
            b.writeInt(png.length + 8);
            b.write(png);
        }
        try (DataOutputStream out = new DataOutputStream(new FileOutputStream("rotadesk.icns"))) {
            out.writeBytes("icns");
            out.writeInt(body.size() + 8);
            out.write(body.toByteArray());
        }
    }
}
