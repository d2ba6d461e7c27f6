using System.Security.Cryptography;
using System.Text;
using Meic.Sdk.Errors;

namespace Meic.Core.Privacy;

/// <summary>
/// Encrypts single JSON values with AES-256-GCM. A sealed value is the string
/// <c>enc:v1:KEYID:BASE64(nonce|ciphertext|tag)</c>; the keys live outside the database (see <see cref="KeyRing"/>).
/// </summary>
public sealed class FieldCipher
{
    /// <summary>How every sealed value starts.</summary>
    public const string Prefix = "enc:v1:";

    private readonly Lazy<IReadOnlyList<(string Id, byte[] Key)>> _lazyKeys;
    private IReadOnlyList<(string Id, byte[] Key)> _keys => _lazyKeys.Value;

    /// <summary>A cipher over <paramref name="keys"/>; the last one encrypts, all decrypt.</summary>
    public FieldCipher(IReadOnlyList<(string Id, byte[] Key)> keys, string source) : this(() => keys, source) => _ = _keys;

    /// <summary>A cipher whose keys are read (or created) only when first needed.</summary>
    public FieldCipher(Func<IReadOnlyList<(string Id, byte[] Key)>> keys, string source)
    {
        Source = source;
        _lazyKeys = new Lazy<IReadOnlyList<(string, byte[])>>(() =>
        {
            var list = keys();
            if (list.Count == 0) throw Meic.Core.Hosting.Worded.Input("privacy.key.none", source);
            foreach (var (id, key) in list)
                if (key.Length != 32) throw Meic.Core.Hosting.Worded.Input("privacy.key.size", source, id);
            return list;
        });
    }

    /// <summary>Where the keys came from (a file or an environment variable), for messages.</summary>
    public string Source { get; }

    /// <summary>The key new values are sealed with.</summary>
    public string CurrentKeyId => _keys[^1].Id;

    /// <summary>Whether <paramref name="value"/> is sealed.</summary>
    public static bool IsSealed(string? value) => value is not null && value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Seals <paramref name="plain"/> with the current key.</summary>
    public string Seal(string plain)
    {
        var (id, key) = _keys[^1];
        var data = Encoding.UTF8.GetBytes(plain);
        var output = new byte[12 + data.Length + 16];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(output.AsSpan(0, 12), data, output.AsSpan(12, data.Length), output.AsSpan(12 + data.Length), Encoding.UTF8.GetBytes(id));
        return $"{Prefix}{id}:{Convert.ToBase64String(output)}";
    }

    /// <summary>Opens a sealed value.</summary>
    /// <exception cref="InputException">The key is missing or wrong, or the value was tampered with.</exception>
    public string Open(string sealedValue)
    {
        var rest = sealedValue[Prefix.Length..];
        var colon = rest.IndexOf(':');
        var id = colon > 0 ? rest[..colon] : "";
        var key = _keys.FirstOrDefault(k => k.Id == id).Key
            ?? throw Meic.Core.Hosting.Worded.Input("privacy.key.unknown", Source, id);
        byte[] input;
        try { input = Convert.FromBase64String(rest[(colon + 1)..]); }
        catch (FormatException e) { throw Meic.Core.Hosting.Worded.Input(e, "privacy.key.damagedBase64", Source); }
        if (input.Length < 28) throw Meic.Core.Hosting.Worded.Input("privacy.key.damagedShort", Source);
        var plain = new byte[input.Length - 28];
        try
        {
            using var aes = new AesGcm(key, 16);
            aes.Decrypt(input.AsSpan(0, 12), input.AsSpan(12, plain.Length), input.AsSpan(12 + plain.Length), plain, Encoding.UTF8.GetBytes(id));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw Meic.Core.Hosting.Worded.Input(e, "privacy.key.wrong", Source, id);
        }
        return Encoding.UTF8.GetString(plain);
    }
}
