namespace GiveBack.GivingDays.Pages;

/// <summary>
/// The giving-day page's and the big screen's one script, served as a file (<c>/giving-days/live.js</c>, so the CSP
/// allows 'self' and no inline code). A small SignalR client of the JSON protocol over a WebSocket, no npm: the
/// handshake, <c>Join(slug)</c> (an invocation, type 1) whose completion (type 3) carries the current snapshot, then
/// each <c>snapshot</c> invocation the hub sends; a ping (type 6) every 15 s keeps the connection, a close (type 7) or a
/// lost socket reconnects with a growing delay. It writes figures with textContent only, never markup.
/// </summary>
internal static class LiveScript
{
    public const string Text = """
        (function(){'use strict';
        var b=document.body,d=b.dataset,loc=d.lang==='fr'?'fr-FR':'en-US',digits=parseInt(d.digits,10),k=Math.pow(10,digits),RS='\u001e';
        function money(m){return new Intl.NumberFormat(loc,{style:'currency',currency:d.currency,minimumFractionDigits:m%k?digits:0,maximumFractionDigits:digits}).format(m/k)}
        function num(n){return new Intl.NumberFormat(loc).format(n)}
        function pct(r){return new Intl.NumberFormat(loc,{style:'percent',maximumFractionDigits:1}).format(r)}
        function fill(t){var a=arguments;return t.replace(/\{(\d)\}/g,function(_,i){return a[+i+1]})}
        function byId(id){return document.getElementById(id)}
        function set(id,t){var e=byId(id);if(e&&e.textContent!==t)e.textContent=t}
        function el(tag,text,cls){var e=document.createElement(tag);if(text!=null)e.textContent=text;if(cls)e.className=cls;return e}
        function list(id,items,empty){var u=byId(id);if(!u)return;u.replaceChildren.apply(u,items.length?items:[el('li',empty,'muted')])}
        function table(id,rows){var t=byId(id);if(!t)return;t.replaceChildren.apply(t,rows.map(function(cells){var tr=el('tr');cells.forEach(function(c,i){tr.appendChild(el(i===1?'th':'td',c,i>1?'n':null));if(i===1)tr.lastChild.setAttribute('scope','row')});return tr}))}
        var starts=Date.parse(d.starts),ends=Date.parse(d.ends);
        function span(ms){var s=Math.floor(ms/1000),dd=Math.floor(s/86400),h=Math.floor(s%86400/3600),m=Math.floor(s%3600/60),x=s%60;function p(v){return(v<10?'0':'')+v}return(dd?dd+(d.lang==='fr'?' j ':' d '):'')+p(h)+':'+p(m)+':'+p(x)}
        function tick(){var now=Date.now();set('time-left',now<starts?fill(d.tStarts,span(starts-now)):now<ends?fill(d.tLeft,span(ends-now)):d.tEnded)}
        function render(s){if(!s)return;starts=Date.parse(s.startsAt);ends=Date.parse(s.endsAt);
          set('total',money(s.raisedAmount));set('donors',num(s.donorCount));set('goal',money(s.goalAmount));
          var bar=byId('bar');if(bar)bar.style.width=Math.min(100,s.goalAmount>0?100*s.raisedAmount/s.goalAmount:0)+'%';
          list('matches',s.matches.filter(function(m){return m.open}).map(function(m){return el('li',m.per==='donor'?fill(d.tMatchDonor,money(Math.round(m.ratio*k)),money(m.remainingAmount),money(m.capAmount)):fill(d.tMatchAmount,num(m.ratio),money(m.remainingAmount),money(m.capAmount)))}),d.tNoMatches);
          list('challenges',s.challenges.map(function(c){var li=el('li',fill(d.tChallenge,c.kind,num(c.threshold),money(c.unlockAmount)));if(c.unlockedAt){li.appendChild(document.createTextNode(' '));li.appendChild(el('span',d.tUnlocked,'unlocked'))}return li}),d.tNoChallenges);
          table('board-classes',s.classes.map(function(r){return[String(r.rank),fill(d.tClassOf,r.key),pct(r.participation||0),num(r.donors),money(r.amount)]}));
          table('board-funds',s.funds.map(function(r){return[String(r.rank),r.key,num(r.donors),money(r.amount)]}));
          table('board-ambassadors',s.ambassadors.map(function(r){return[String(r.rank),r.name,num(r.donors),money(r.amount)]}));
          set('class-of-hour',s.classOfTheHour?fill(d.tClassOf,s.classOfTheHour.classYear):'—');
          list('wall',s.recentDonors.map(function(w){return el('li',w.classYear?fill(d.tWallClass,w.firstName,w.classYear):w.firstName)}),d.tWallEmpty);
          tick()}
        tick();setInterval(tick,1000);
        var ws,retry=0,calls=0,ping;
        function send(m){if(ws&&ws.readyState===1)ws.send(JSON.stringify(m)+RS)}
        function connect(){var open=false,buf='';
          ws=new WebSocket((location.protocol==='https:'?'wss://':'ws://')+location.host+d.hub);
          ws.onopen=function(){ws.send(JSON.stringify({protocol:'json',version:1})+RS)};
          ws.onmessage=function(e){buf+=e.data;var parts=buf.split(RS);buf=parts.pop();parts.forEach(function(p){var m=JSON.parse(p);
            if(!open){if(m.error){ws.close();return}open=true;retry=0;send({type:1,invocationId:String(++calls),target:'Join',arguments:[d.slug]});ping=setInterval(function(){send({type:6})},15000);return}
            if(m.type===1&&m.target==='snapshot')render(m.arguments[0]);else if(m.type===3&&m.result)render(m.result);else if(m.type===7)ws.close()})};
          ws.onclose=function(){clearInterval(ping);setTimeout(connect,Math.min(30000,500*Math.pow(2,retry++)))}}
        connect()})();
        """;
}
