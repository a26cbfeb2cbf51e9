namespace GiveBack.Payments.GivingPage;

/// <summary>The giving form's only script, written raw into the page; its hash is the one script the page's CSP allows.</summary>
internal static class GivingScript
{
    // Mirrors FeeGrossUp so the figure shown is the figure charged; the server recomputes it and is the authority.
    public const string Text = """
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
