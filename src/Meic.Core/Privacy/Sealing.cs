using Meic.Sdk.Store;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Privacy;

/// <summary>Seals a collection's sensitive fields in a document body before it is stored, and opens them after it is read.</summary>
public static class Sealing
{
    /// <summary><paramref name="body"/> with the values at <paramref name="spec"/>'s sensitive paths sealed.</summary>
    public static string Seal(string body, CollectionSpec? spec, FieldCipher? cipher)
    {
        if (cipher is null || spec is null || spec.SensitiveFields.Count == 0) return body;
        if (!MayHoldSensitive(body, spec)) return body;
        return SealPaths(body, spec, cipher);
    }

    // A cheap look before parsing: a record whose sensitive properties are absent or empty ("contacts":[])
    // has nothing to seal. Bulk imports of organisations without contacts skip the JSON parse entirely.
    private static bool MayHoldSensitive(string body, CollectionSpec spec)
    {
        foreach (var path in spec.SensitiveFields)
        {
            var end = path.IndexOfAny(['[', '.']);
            var root = end < 0 ? path : path[..end];
            if (root.Length == 0 || root[0] == '$') return true;
            var key = "\"" + root + "\":";
            // Every occurrence is looked at: the name could also appear deeper in the record.
            for (var at = body.IndexOf(key, StringComparison.Ordinal); at >= 0; at = body.IndexOf(key, at + key.Length, StringComparison.Ordinal))
            {
                var rest = body.AsSpan(at + key.Length);
                if (!(rest.StartsWith("[]") || rest.StartsWith("null") || rest.StartsWith("\"\"") || rest.StartsWith("{}"))) return true;
            }
        }
        return false;
    }

    // Apart from the checks above so that records without sensitive fields never load Newtonsoft.Json
    // (compiling a method loads the types it names; reading the store is on every command's start-up path).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string SealPaths(string body, CollectionSpec spec, FieldCipher cipher)
    {
        var json = JObject.Parse(body);
        var changed = false;
        foreach (var path in spec.SensitiveFields)
            foreach (var token in json.SelectTokens(path).ToList())
            {
                if (token.Type is JTokenType.Null or JTokenType.Undefined || token is JValue { Value: string s } && FieldCipher.IsSealed(s)) continue;
                token.Replace(new JValue(cipher.Seal(token.ToString(Formatting.None))));
                changed = true;
            }
        return changed ? json.ToString(Formatting.None) : body;
    }

    /// <summary><paramref name="body"/> with every sealed value opened (a body without any is returned as is).</summary>
    public static string Open(string body, FieldCipher? cipher)
    {
        if (!body.Contains(FieldCipher.Prefix, StringComparison.Ordinal)) return body;
        if (cipher is null) throw Meic.Core.Hosting.Worded.Input("privacy.key.notSet");
        return OpenSealed(body, cipher);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string OpenSealed(string body, FieldCipher cipher)
    {
        var json = Store.CanonicalJson.Parse(body);
        OpenAll(json, cipher);
        return json.ToString(Formatting.None);
    }

    /// <summary>Opens every sealed value inside <paramref name="token"/>, in place.</summary>
    public static void OpenAll(JToken token, FieldCipher cipher)
    {
        foreach (var value in token.SelectTokens("$..*").Prepend(token).OfType<JValue>().Where(v => v.Value is string s && FieldCipher.IsSealed(s)).ToList())
        {
            var plain = Store.CanonicalJson.Parse(cipher.Open((string)value.Value!));
            if (value == token) continue;
            value.Replace(plain);
        }
    }

    /// <summary>Opens every sealed value in <paramref name="root"/> in place and returns the opened tokens, to seal them again with <see cref="SealAgain"/>.</summary>
    public static List<JToken> OpenTracked(JToken root, FieldCipher? cipher)
    {
        var opened = new List<JToken>();
        if (cipher is null) return opened;
        foreach (var value in root.SelectTokens("$..*").OfType<JValue>().Where(v => v.Value is string s && FieldCipher.IsSealed(s)).ToList())
        {
            var plain = Store.CanonicalJson.Parse(cipher.Open((string)value.Value!));
            value.Replace(plain);
            opened.Add(plain);
        }
        return opened;
    }

    /// <summary>Seals again the tokens <see cref="OpenTracked"/> opened that are still part of <paramref name="root"/>.</summary>
    public static void SealAgain(JToken root, IEnumerable<JToken> opened, FieldCipher? cipher)
    {
        if (cipher is null) return;
        foreach (var token in opened.Where(t => t.Root == root && t.Type is not JTokenType.Null))
            token.Replace(new JValue(cipher.Seal(token.ToString(Formatting.None))));
    }

    /// <summary>
    /// <paramref name="body"/> with every sealed value left out (null): what a role that may not see personal data
    /// is shown (a viewer's reads, another role's audit).
    /// </summary>
    public static string? Withhold(string? body)
    {
        if (body is null || !body.Contains(FieldCipher.Prefix, StringComparison.Ordinal)) return body;
        var json = Store.CanonicalJson.Parse(body);
        foreach (var value in json.SelectTokens("$..*").OfType<JValue>().Where(v => v.Value is string s && FieldCipher.IsSealed(s)).ToList())
            value.Value = null;
        return json.ToString(Formatting.None);
    }

    /// <summary>Every sealed value re-sealed with the current key (key rotation).</summary>
    public static string? Reseal(string? body, FieldCipher cipher)
    {
        if (body is null || !body.Contains(FieldCipher.Prefix, StringComparison.Ordinal)) return body;
        var json = Store.CanonicalJson.Parse(body);
        foreach (var value in json.SelectTokens("$..*").OfType<JValue>().Where(v => v.Value is string s && FieldCipher.IsSealed(s)).ToList())
            value.Value = cipher.Seal(cipher.Open((string)value.Value!));
        return json.ToString(Formatting.None);
    }
}
