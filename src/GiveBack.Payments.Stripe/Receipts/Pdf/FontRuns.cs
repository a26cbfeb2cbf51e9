using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace GiveBack.Payments.Stripe.Receipts.Pdf;

/// <summary>Cuts text into runs by which font has its glyphs, since no one font file covers every script a name is written in.</summary>
internal static class FontRuns
{
    /// <summary>
    /// Consecutive characters the same font draws form one run: <paramref name="primary"/> where it has the glyph, else
    /// <paramref name="fallback"/> where that has it, else <paramref name="primary"/> (its missing-glyph box, never a '?').
    /// </summary>
    public static IReadOnlyList<(string Text, XFont Font)> Split(string text, XFont primary, XFont fallback)
    {
        var runs = new List<(string Text, XFont Font)>();
        var run = new StringBuilder();
        XFont? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var font = Draws(primary, rune) || !Draws(fallback, rune) ? primary : fallback;
            if (current is not null && font != current)
            {
                runs.Add((run.ToString(), current));
                run.Clear();
            }

            current = font;
            run.Append(rune.ToString());
        }

        if (current is not null)
        {
            runs.Add((run.ToString(), current));
        }

        return runs;
    }

    private static bool Draws(XFont font, Rune rune) => GlyphHelper.GlyphIndexFromCodePoint(rune.Value, font) != 0;
}
