namespace GiveBack.Giving.Batches;

/// <summary>Why a batch action did or did not happen, for the page to say in words.</summary>
public enum BatchOutcome
{
    Done,
    NotFound,

    /// <summary>The batch is posting or posted: its lines and control figures no longer change.</summary>
    NotOpen,
    UnknownCampaign,
    UnknownDonor,

    /// <summary>The deposit date is after the campaign's end: its gifts would be refused when posted.</summary>
    CampaignClosed,

    /// <summary>Batches carry cheques, cash and wires; online and card gifts come through payments.</summary>
    MethodNotBatched,
    InvalidFigures,
}
