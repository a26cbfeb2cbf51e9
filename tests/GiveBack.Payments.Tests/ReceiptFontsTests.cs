using GiveBack.Testing.Host;
using Microsoft.Extensions.Options;

namespace GiveBack.Payments.Tests;

/// <summary>The host refuses to start without the fonts a receipt embeds, and says which package brings them.</summary>
public sealed class ReceiptFontsTests
{
    [Fact]
    public async Task The_host_does_not_start_when_a_receipt_font_is_in_none_of_the_font_directories()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => GiveBackServer.StartAsync(new Dictionary<string, string?> { ["Receipts:FontDirectories:0"] = "/usr/share/fonts/truetype/dejavu" }));

        Assert.Contains("DroidSansFallbackFull.ttf (Debian package fonts-droid-fallback)", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DejaVuSans.ttf", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_does_not_start_when_a_receipt_font_file_is_no_font()
    {
        var folder = Directory.CreateTempSubdirectory("giveback-fonts-");
        try
        {
            foreach (var file in Directory.GetFiles("/usr/share/fonts/truetype/dejavu", "DejaVuSans*.ttf"))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "DroidSansFallbackFull.ttf"), "not a font");
            var failure = await Assert.ThrowsAsync<OptionsValidationException>(
                () => GiveBackServer.StartAsync(new Dictionary<string, string?> { ["Receipts:FontDirectories:0"] = folder.FullName }));

            Assert.Contains($"PDFsharp cannot load the font file {folder.FullName}/DroidSansFallbackFull.ttf", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
