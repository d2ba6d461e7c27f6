using System.Security.Cryptography;

namespace Meic.Core.Store;

/// <summary>New document ids: 16 characters, time-ordered (48-bit milliseconds + 32 random bits, Crockford base32).</summary>
public static class Ids
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>A new id.</summary>
    public static string New()
    {
        Span<byte> random = stackalloc byte[4];
        RandomNumberGenerator.Fill(random);
        var value = ((UInt128)(ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() << 32) | BitConverter.ToUInt32(random);
        var chars = new char[16];
        for (var i = 15; i >= 0; i--) { chars[i] = Alphabet[(int)(value & 31)]; value >>= 5; }
        return new string(chars);
    }
}
