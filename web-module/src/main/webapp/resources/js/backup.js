// Respaldo: downloads the dump with fetch so the page can say how much has arrived (the dump is streamed, its size
// is unknown until the end), then hands the bytes to the browser as the file the server named.
(function () {
    function megabytes(bytes, locale) {
        return (bytes / (1024 * 1024)).toLocaleString(locale, {minimumFractionDigits: 1, maximumFractionDigits: 1});
    }

    window.carteraBackup = async function (button) {
        var status = document.getElementById('backupStatus');
        var dialect = document.getElementById('dialect').value;
        var texts = status.dataset;
        var locale = document.documentElement.lang || 'es';
        button.disabled = true;
        status.textContent = texts.starting;
        try {
            var response = await fetch(button.dataset.url + '?dialect=' + encodeURIComponent(dialect),
                {credentials: 'same-origin'});
            if (!response.ok) {
                status.textContent = response.status === 429 ? texts.busy : texts.failed + ' (' + response.status + ')';
                return;
            }
            var reader = response.body.getReader();
            var parts = [];
            var received = 0;
            for (;;) {
                var chunk = await reader.read();
                if (chunk.done) {
                    break;
                }
                parts.push(chunk.value);
                received += chunk.value.length;
                status.textContent = texts.progress.replace('{0}', megabytes(received, locale));
            }
            var name = (/filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '') || [])[1]
                || 'cartera.sql.gz';
            var link = document.createElement('a');
            link.href = URL.createObjectURL(new Blob(parts, {type: 'application/gzip'}));
            link.download = name;
            document.body.appendChild(link);
            link.click();
            link.remove();
            status.textContent = texts.done.replace('{0}', megabytes(received, locale)).replace('{1}', name);
        } catch (e) {
            status.textContent = texts.failed;
        } finally {
            button.disabled = false;
        }
    };
})();
