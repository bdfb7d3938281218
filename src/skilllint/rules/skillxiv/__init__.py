"""SX: the SkillXiv repository conventions (frontmatter fields, tag registry, categories, repository-wide checks)."""
