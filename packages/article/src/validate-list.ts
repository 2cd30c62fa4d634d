import { ArticleValidationError, argumentError } from './errors.js';
import type { Article } from './model.js';
import { parseArticle } from './schema.js';

/** Validates every article of a list, naming problems `articles[2].title: …`; newest first. */
export function parseArticleList(articles: unknown): Article[] {
  if (!Array.isArray(articles)) throw argumentError('articles', articles, 'is not an array');
  // Array.from reads holes as undefined, which parseArticle refuses: map would skip them.
  const parsed = Array.from(articles as unknown[], (article, i) => {
    try {
      return parseArticle(article);
    } catch (error) {
      if (!(error instanceof ArticleValidationError)) throw error;
      const issues = error.issues.map((issue) => {
        const path = `articles[${i}]${issue.path && !issue.path.startsWith('[') ? '.' : ''}${issue.path}`;
        // The article's own message starts with its path (or "article" for the whole value): re-root it.
        const own = issue.path || 'article';
        const rest = issue.message.startsWith(own) ? issue.message.slice(own.length) : `: ${issue.message}`;
        return { ...issue, path, message: `${path}${rest}` };
      });
      throw new ArticleValidationError('articles', issues);
    }
  });
  return parsed.sort((a, b) => Date.parse(b.datePublished) - Date.parse(a.datePublished));
}
