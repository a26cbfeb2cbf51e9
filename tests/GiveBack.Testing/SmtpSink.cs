using System.Diagnostics;
using System.Globalization;
using MimeKit;

namespace GiveBack.Testing;

/// <summary>
/// A real SMTP server for tests: <c>tools/mail-sink/mail_sink.py</c> (Debian's python3-aiosmtpd) on a loopback port,
/// writing each message it accepts to a folder this class reads back. It can be stopped and started again on the same
/// port and folder, to play an SMTP server that is down for a while.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string Python = "/usr/bin/python3";

    private Process? _process;

    private SmtpSink(string folder) => Folder = folder;

    public int Port { get; private set; }

    public string Folder { get; }

    public bool Running => _process is not null;

    /// <summary>Starts on a free port with an empty folder of its own.</summary>
    public static async Task<SmtpSink> StartAsync()
    {
        var sink = new SmtpSink(Directory.CreateTempSubdirectory("giveback-smtp-").FullName);
        await sink.StartProcessAsync(0);
        return sink;
    }

    /// <summary>Every message received so far, in arrival order.</summary>
    public IReadOnlyList<MimeMessage> Messages =>
        [.. Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))];

    /// <summary>The messages received so far for one address.</summary>
    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        [.. Messages.Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>Stops the server: connections to <see cref="Port"/> are refused until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        // Closing stdin makes the script exit by itself; kill only if it does not.
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync(CancellationToken.None);
        }

        process.Dispose();
    }

    /// <summary>Starts the server again on the same port, writing to the same folder.</summary>
    public async Task RestartAsync()
    {
        if (_process is null)
        {
            await StartProcessAsync(Port);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(Folder, recursive: true);
    }

    private async Task StartProcessAsync(int port)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "mail-sink", "mail_sink.py");
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { script, Folder, "--port", port.ToString(CultureInfo.InvariantCulture) },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Python}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null || !int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var listening))
        {
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            process.Dispose();
            throw new InvalidOperationException(
                $"mail_sink.py did not start ({error.Trim()}). It needs Debian's python3-aiosmtpd: apt-get install -y python3-aiosmtpd");
        }

        _process = process;
        Port = listening;
    }
}
