namespace Meic.Sdk.Text;

/// <summary>What <see cref="JsonScanner"/> has just read.</summary>
internal enum JsonTokenKind
{
    /// <summary>Nothing yet, or the end of the text.</summary>
    None,
    /// <summary><c>{</c></summary>
    StartObject,
    /// <summary><c>}</c></summary>
    EndObject,
    /// <summary><c>[</c></summary>
    StartArray,
    /// <summary><c>]</c></summary>
    EndArray,
    /// <summary>An object's key (its value comes next).</summary>
    PropertyName,
    /// <summary>A string value.</summary>
    String,
    /// <summary>A number.</summary>
    Number,
    /// <summary><c>true</c></summary>
    True,
    /// <summary><c>false</c></summary>
    False,
    /// <summary><c>null</c></summary>
    Null,
}
