using Alignment.Interchange;

namespace Alignment.Memory.Indexing;

/// <summary>A unit on its way into the index, with its keys and what it replaces.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Identity">Its <see cref="IndexSchema.IdentityKey"/>.</param>
/// <param name="Reading">Its <see cref="IndexSchema.ReadingKey"/>.</param>
/// <param name="Replaces">True when it replaces a unit of the same identity, stored or earlier in the add.</param>
/// <param name="Copy">True when a unit reading the same is stored before it.</param>
internal readonly record struct UnitWork(TranslationUnit Unit, string Identity, string Reading, bool Replaces, bool Copy);
