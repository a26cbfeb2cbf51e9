using System.Globalization;
using System.Text;
using GiveBack.Domain.Money;
using GiveBack.Grains.Abstractions.Campaigns;

namespace GiveBack.Api.Giving;

/// <summary>The giving form. Works without JavaScript; a few lines of inline script show the gross-up as the donor types.</summary>
internal static class GivingPageView
{
    /// <summary>The key of an error about the whole form (shown in the summary) rather than one field.</summary>
    public const string FormError = "form";

    public static string Render(
        CampaignView campaign, GivingForm form, IReadOnlyDictionary<string, string> errors, GivingPageOptions options,
        GivingTexts texts, string action, string switchUrl, string? notice, bool available)
    {
        var definition = campaign.Definition;
        var currency = definition.Currency;
        string E(string? s) => GivingLayout.Encode(s);
        string Err(string field) => errors.TryGetValue(field, out var message) ? $"""<p class="error" id="{field}-error">{E(message)}</p>""" : string.Empty;
        string Described(string field) => errors.ContainsKey(field) ? $""" aria-invalid="true" aria-describedby="{field}-error" """ : " ";

        var presets = new StringBuilder();
        var chosenPreset = form.AmountChoice ?? (form.OtherAmount is null ? options.PresetAmounts.Skip(1).FirstOrDefault().ToString(CultureInfo.InvariantCulture) : "other");
        foreach (var amount in options.PresetAmounts)
        {
            var value = amount.ToString(CultureInfo.InvariantCulture);
            presets.Append(CultureInfo.InvariantCulture, $"""<label class="choice"><input type="radio" name="amount" id="amount-{value}" value="{value}"{(chosenPreset == value ? " checked" : string.Empty)}><span>{E(texts.Money(amount, currency))}</span></label>""");
        }

        presets.Append(CultureInfo.InvariantCulture, $"""<label class="choice"><input type="radio" name="amount" id="amount-other" value="other"{(chosenPreset == "other" ? " checked" : string.Empty)}><span>{E(texts.Other)}</span></label>""");
        var funds = string.Concat(options.Funds.Select(f => $"""<option value="{E(f)}"{(form.Fund == f ? " selected" : string.Empty)}>{E(f)}</option>"""));
        string Radio(string name, string value, string label, bool on) =>
            $"""<label class="choice"><input type="radio" name="{name}" id="{name}-{value}" value="{value}"{(on ? " checked" : string.Empty)}><span>{E(label)}</span></label>""";
        var progress = definition.GoalAmount > 0 ? Math.Min(100, campaign.Progress.RaisedAmount * 100 / definition.GoalAmount) : 0;
        var summary = errors.Count > 0 ? $"""<div class="notice bad" role="alert" id="errors">{E(errors.GetValueOrDefault(FormError) ?? texts.ErrorSummary)}</div>""" : string.Empty;
        var noticeHtml = notice is null ? string.Empty : $"""<div class="notice" role="status">{E(notice)}</div>""";
        var digits = GiveBack.Domain.Money.Currency.MinorDigitsOf(currency);

        var body = available
            ? $"""
            <form method="post" action="{E(action)}" novalidate id="give-form"
                  data-fee-percent="{options.FeePercent.ToString(CultureInfo.InvariantCulture)}" data-fee-fixed="{options.FeeFixed}"
                  data-digits="{digits}" data-symbol="{E(MoneyFormat.Prefix(currency))}" data-lang="{texts.Language}"
                  data-per-month="{E(texts.PerMonth)}">
              <fieldset><legend>{E(texts.AmountLegend)}</legend>
                <div class="choices">{presets}</div>
                <div class="row" style="margin-top:.75rem"><label class="field" for="otherAmount">{E(texts.Other)} ({E(currency)})</label>
                  <input type="text" inputmode="decimal" id="otherAmount" name="otherAmount" autocomplete="off" value="{E(form.OtherAmount)}"{Described("amount")}></div>
                {Err("amount")}
              </fieldset>
              <fieldset><legend>{E(texts.FrequencyLegend)}</legend>
                <div class="choices">{Radio("frequency", "once", texts.Once, !form.Monthly)}{Radio("frequency", "monthly", texts.Monthly, form.Monthly)}</div>
              </fieldset>
              <div class="row"><label class="field" for="fund">{E(texts.FundLabel)}</label>
                <select id="fund" name="fund"{Described("fund")}><option value="">{E(texts.FundAny)}</option>{funds}</select>{Err("fund")}</div>
              <fieldset><legend>{E(texts.TributeLegend)}</legend>
                <div class="choices">{Radio("tributeType", "none", texts.TributeNone, form.TributeType is null or "none")}{Radio("tributeType", "honor", texts.TributeHonor, form.TributeType == "honor")}{Radio("tributeType", "memory", texts.TributeMemory, form.TributeType == "memory")}</div>
                <div class="row" style="margin-top:.75rem"><label class="field" for="tributeName">{E(texts.TributeNameLabel)}</label>
                  <input type="text" id="tributeName" name="tributeName" maxlength="200" value="{E(form.TributeName)}"{Described("tributeName")}>{Err("tributeName")}</div>
              </fieldset>
              <fieldset><legend>{E(texts.DetailsLegend)}</legend>
                <div class="row two">
                  <div><label class="field" for="firstName">{E(texts.FirstNameLabel)}</label><input type="text" id="firstName" name="firstName" autocomplete="given-name" maxlength="100" required value="{E(form.FirstName)}"{Described("firstName")}>{Err("firstName")}</div>
                  <div><label class="field" for="lastName">{E(texts.LastNameLabel)}</label><input type="text" id="lastName" name="lastName" autocomplete="family-name" maxlength="100" required value="{E(form.LastName)}"{Described("lastName")}>{Err("lastName")}</div>
                </div>
                <div class="row two">
                  <div><label class="field" for="email">{E(texts.EmailLabel)}</label><input type="email" id="email" name="email" autocomplete="email" maxlength="254" required value="{E(form.Email)}"{Described("email")}>{Err("email")}</div>
                  <div><label class="field" for="classYear">{E(texts.ClassYearLabel)}</label><input type="text" inputmode="numeric" id="classYear" name="classYear" maxlength="4" value="{E(form.ClassYear)}"{Described("classYear")}>{Err("classYear")}</div>
                </div>
                <label class="check"><input type="checkbox" id="anonymous" name="anonymous" value="true"{(form.Anonymous ? " checked" : string.Empty)}><span>{E(texts.AnonymousLabel)}</span></label>
                <label class="check"><input type="checkbox" id="coverFee" name="coverFee" value="true"{(form.CoverFee ? " checked" : string.Empty)}><span>{E(texts.CoverFeeLabel)} <span class="muted">({options.FeePercent.ToString(CultureInfo.GetCultureInfo(texts.Culture))} % + {E(texts.Money(options.FeeFixed, currency))})</span></span></label>
              </fieldset>
              <div class="total" aria-live="polite">{E(texts.YouPay)}: <strong id="total">…</strong></div>
              <button type="submit" class="primary" id="give">{E(texts.Submit)}</button>
              <p class="muted">{E(texts.SecureNote)}</p>
            </form>
            <script>{Script}</script>
            """
            : $"""<div class="notice bad" role="alert">{E(texts.Unavailable)}</div>""";

        var page = $"""
            <div class="card">
              <h1>{E(definition.Name)}</h1>
              <p class="lead">{E(texts.Intro)}</p>
              <div class="progress" aria-hidden="true"><span style="width:{progress}%"></span></div>
              <p class="muted">{E(texts.Money(campaign.Progress.RaisedAmount, currency))} / {E(texts.Money(definition.GoalAmount, currency))}</p>
              {noticeHtml}{summary}
              {body}
            </div>
            """;
        return GivingLayout.Page(texts, $"{texts.Title} — {definition.Name}", switchUrl, page);
    }

    /// <summary>The page's only script, served inline; its hash is the one script the page's CSP allows.</summary>
    // Mirrors FeeGrossUp so the figure shown is the figure charged; the server recomputes it and is the authority.
    internal const string Script = """
        (function(){var f=document.getElementById('give-form');if(!f)return;var d=f.dataset,p=parseFloat(d.feePercent),x=parseInt(d.feeFixed,10),k=Math.pow(10,parseInt(d.digits,10));
        function fee(c){return Math.round(c*p/100)+x}
        function gross(g){var c=Math.ceil((g+x)/(1-p/100));while(c-fee(c)<g)c++;while(c-1-fee(c-1)>=g)c--;return c}
        function gift(){var r=f.querySelector('input[name=amount]:checked');if(r&&r.value!=='other')return parseInt(r.value,10);var t=(f.otherAmount.value||'').replace(',','.').replace(/\s/g,'');var v=Math.round(parseFloat(t)*k);return isNaN(v)?null:v}
        function show(){var g=gift(),out=document.getElementById('total');if(!g||g<=0){out.textContent='—';return}var c=f.coverFee.checked?gross(g):g;
          var s=(c/k).toLocaleString(d.lang==='fr'?'fr-FR':'en-US',{minimumFractionDigits:c%k?2:0,maximumFractionDigits:2});
          var m=f.querySelector('input[name=frequency]:checked');out.textContent=(d.lang==='fr'?s+'\u00a0'+d.symbol.trim():d.symbol+s)+(m&&m.value==='monthly'?' '+d.perMonth:'')}
        f.otherAmount.addEventListener('focus',function(){document.getElementById('amount-other').checked=true;show()});
        f.addEventListener('input',show);f.addEventListener('change',show);show()})();
        """;
}
