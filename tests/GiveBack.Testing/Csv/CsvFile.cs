using System.Text;

namespace GiveBack.Testing.Csv;

/// <summary>Reads a CSV file (RFC 4180: quoted fields, doubled quotes, CRLF) into rows keyed by the header.</summary>
public static class CsvFile
{
    /// <summary>The rows of the files matching <paramref name="pattern"/> in the folder, in file-name order (batches by hour).</summary>
    public static IReadOnlyList<Dictionary<string, string>> ReadRows(string folder, string pattern) =>
        [.. Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).SelectMany(ReadFile)];

    private static IEnumerable<Dictionary<string, string>> ReadFile(string file)
    {
        // The writer may be appending: share the file and read whole records only.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var records = Parse(reader.ReadToEnd());
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0];
        return [.. records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }

    /// <summary>Waits for the row whose <paramref name="column"/> holds <paramref name="value"/>.</summary>
    public static async Task<Dictionary<string, string>> WaitForRowAsync(string folder, string pattern, string column, string value)
    {
        var rows = await Eventually.MatchesAsync(
            () => Task.FromResult(ReadRows(folder, pattern)),
            r => r.Any(x => x.GetValueOrDefault(column) == value),
            $"a row with {column} = {value} in {folder}");
        return rows.First(x => x.GetValueOrDefault(column) == value);
    }

    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                i += c == '\r' ? 1 : 0;
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
