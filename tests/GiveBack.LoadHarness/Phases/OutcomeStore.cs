namespace GiveBack.LoadHarness.Phases;

/// <summary>
/// Every call of a run by index, in fixed chunks allocated as the run reaches them: a time-bound phase does not know
/// its count in advance, and a worker writes only its own slot, so nothing but the chunk table is ever shared.
/// </summary>
internal sealed class OutcomeStore
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly CallSlot[]?[] _chunks = new CallSlot[]?[4096];
    private long _next = -1;

    /// <summary>How many indexes were handed out (some may not be done yet if the run was stopped).</summary>
    public long Count => Math.Min(Interlocked.Read(ref _next) + 1, (long)_chunks.Length * ChunkSize);

    public long Claim() => Interlocked.Increment(ref _next);

    public ref CallSlot this[long index]
    {
        get
        {
            var chunk = Volatile.Read(ref _chunks[index >> ChunkBits]);
            if (chunk is null)
            {
                Interlocked.CompareExchange(ref _chunks[index >> ChunkBits], new CallSlot[ChunkSize], null);
                chunk = _chunks[index >> ChunkBits]!;
            }

            return ref chunk[index & (ChunkSize - 1)];
        }
    }

    public IEnumerable<CallSlot> Slots(int? phase = null)
    {
        for (long i = 0; i < Count; i++)
        {
            var slot = this[i];
            if (slot.Done && (phase is null || slot.Phase == phase))
            {
                yield return slot;
            }
        }
    }
}
