using System.Diagnostics;
using System.Globalization;
using MimeKit;

namespace GiveBack.Plugins.Tests.Email;

/// <summary>Runs smtp_sink.py (aiosmtpd, a real SMTP server) on a free loopback port and reads what it received.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string Python = "/usr/bin/python3";

    private readonly Process _process;

    private SmtpSink(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    public string Folder { get; }

    public static async Task<SmtpSink> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("giveback-smtp-").FullName;
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Email", "smtp_sink.py"), folder },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Python}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null || !int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            throw new InvalidOperationException(
                $"smtp_sink.py did not start ({error.Trim()}). It needs Debian's python3-aiosmtpd: apt-get install -y python3-aiosmtpd");
        }

        return new SmtpSink(process, port, folder);
    }

    public IReadOnlyList<MimeMessage> Messages =>
        [.. Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))];

    public async ValueTask DisposeAsync()
    {
        // Closing stdin makes the script exit by itself; kill only if it does not.
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }

        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
