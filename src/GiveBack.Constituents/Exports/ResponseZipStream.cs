namespace GiveBack.Constituents.Exports;

/// <summary>
/// Lets a <c>ZipArchive</c> write to the response body, which refuses synchronous writes: the archive writes each
/// entry's data asynchronously, but closes an entry with a small synchronous write (its data descriptor, a few bytes).
/// Those bytes are held here and sent ahead of the next asynchronous write or flush, so nothing is ever written
/// synchronously to the response and what is held stays a few hundred bytes, not the export.
/// </summary>
public sealed class ResponseZipStream(Stream response) : Stream
{
    private readonly MemoryStream _held = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => _held.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _held.Write(buffer);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendHeldAsync(cancellationToken);
        await response.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendHeldAsync(cancellationToken);
        await response.FlushAsync(cancellationToken);
    }

    // A synchronous flush has nothing to do: what is held goes out with the next asynchronous write or flush.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _held.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task SendHeldAsync(CancellationToken cancellationToken)
    {
        if (_held.Length == 0)
        {
            return;
        }

        await response.WriteAsync(_held.GetBuffer().AsMemory(0, (int)_held.Length), cancellationToken);
        _held.SetLength(0);
    }
}
