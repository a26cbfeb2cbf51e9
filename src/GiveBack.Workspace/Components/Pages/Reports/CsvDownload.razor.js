// Hands a CSV made on the server to the browser as a file (Blazor's stream route for downloads): the page's own
// report, so no API address, key or Accept header is involved.
export async function download(fileName, content) {
    const buffer = await content.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Later, not at once: the download reads the blob after the click returns.
    setTimeout(() => URL.revokeObjectURL(url), 60000);
}
