using GiveBack.GivingDays.Pages;
using SkiaSharp;

namespace GiveBack.GivingDays.ShareCard;

/// <summary>
/// Draws the share card: a 1200×630 PNG (the size LinkedIn, Facebook and X show large) with the campaign's name, its
/// total, its donors and a bar toward the goal. DejaVu Sans, the font the receipts already require on the machine,
/// else Skia's default face.
/// </summary>
public static class ShareCardRenderer
{
    public const int Width = 1200;
    public const int Height = 630;

    private const string FontFolder = "/usr/share/fonts/truetype/dejavu";

    private static readonly SKTypeface Regular = Face("DejaVuSans.ttf");
    private static readonly SKTypeface Bold = Face("DejaVuSans-Bold.ttf");

    public static byte[] Render(GivingDayTexts t, string name, long raised, int donors, long goal, string currency)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0x1f, 0x5f, 0xbf));
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var soft = new SKPaint { Color = new SKColor(0xd6, 0xe4, 0xfa), IsAntialias = true };
        using var track = new SKPaint { Color = new SKColor(0x15, 0x45, 0x8c), IsAntialias = true };
        using var fill = new SKPaint { Color = new SKColor(0x5c, 0xd6, 0x8d), IsAntialias = true };
        using var title = new SKFont(Bold, 56);
        using var figure = new SKFont(Bold, 120);
        using var label = new SKFont(Regular, 40);

        canvas.DrawText(Fit(name, title, Width - 160), 80, 130, SKTextAlign.Left, title, white);
        var total = t.Money(raised, currency);
        canvas.DrawText(total, 80, 300, SKTextAlign.Left, figure, white);
        canvas.DrawText(t.CardRaised, 80 + figure.MeasureText(total) + 24, 300, SKTextAlign.Left, label, soft);
        canvas.DrawText(string.Format(t.Culture, t.CardDonors, t.Number(donors)), 80, 380, SKTextAlign.Left, label, soft);

        var bar = new SKRect(80, 450, Width - 80, 490);
        canvas.DrawRoundRect(bar, 20, 20, track);
        var share = goal > 0 ? Math.Min(1f, (float)raised / goal) : 0f;
        if (share > 0)
        {
            canvas.DrawRoundRect(new SKRect(bar.Left, bar.Top, bar.Left + Math.Max(bar.Height, bar.Width * share), bar.Bottom), 20, 20, fill);
        }

        canvas.DrawText(string.Format(t.Culture, t.CardGoal, t.Money(goal, currency)), Width - 80, 550, SKTextAlign.Right, label, soft);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The name, cut with an ellipsis when it would run off the card.</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && font.MeasureText(cut + "…") > width)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }

    private static SKTypeface Face(string file) =>
        File.Exists(Path.Combine(FontFolder, file)) ? SKTypeface.FromFile(Path.Combine(FontFolder, file)) : SKTypeface.Default;
}
