/**
 * The MCP server over the encyclopedia: the tools of tools.ts and the `article://{title}`
 * resources of resources.ts, on the SDK's low-level `Server`, which takes JSON Schema as it is —
 * so the tools' schemas are the TypeBox ones (no second copy in zod, which `McpServer` would need).
 *
 * Arguments are checked against the input schema here; a bad argument, or any HttpProblem a tool
 * throws (as the REST routes throw them), is a tool error (`isError`) carrying the problem's
 * detail, with the problem itself in `_meta.problem`. An unexpected error is logged and answered
 * as a tool error without details: never a crash.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import {
  CallToolRequestSchema,
  CompleteRequestSchema,
  ErrorCode,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type CallToolResult,
} from '@modelcontextprotocol/sdk/types.js';
import { Value } from 'typebox/value';
import type { License } from '../api/wire/articles.js';
import type { Db } from '../db/open.js';
import { slug } from '../plugins/errors.js';
import { HttpProblem } from '../api/wire/problem.js';
import { createArticleReader } from './resources.js';
import { createTools, type ToolContext, type ToolDefinition } from './tools.js';

export const SERVER_NAME = 'encyclopedia-api';
const RESOURCE_NOT_FOUND = -32002;
const RESOURCES_PER_PAGE = 100;
const ARTICLE_URI = 'article://';
const ARTICLE_TEMPLATE = 'article://{title}';
const COMPLETIONS = 10;

export interface McpLogger {
  error(object: unknown, message: string): void;
}

/** What a tool answered, or the problem that stopped it, as an MCP tool result. */
function problemResult(problem: HttpProblem): CallToolResult {
  const { status, title, detail, errors, extra } = problem;
  return {
    isError: true,
    content: [{ type: 'text', text: `${title}: ${detail}` }],
    _meta: { problem: { type: `/problems/${slug(title)}`, title, status, detail, ...(errors ? { errors } : {}), ...extra } },
  };
}

/** The argument errors of a call, as the errors plugin words query parameter errors. */
function argumentProblem(definition: ToolDefinition, args: unknown): HttpProblem | null {
  if (Value.Check(definition.input, args)) return null;
  const errors = [...Value.Errors(definition.input, args)].slice(0, 5).map((error) => {
    const missing = (error.params as { requiredProperties?: string[] }).requiredProperties;
    const name = missing?.[0] ?? (error.instancePath.replace(/^\//, '').split('/')[0] || 'arguments');
    const reason = missing ? 'is required' : (error.message ?? 'is invalid');
    return { in: 'argument', name, reason };
  });
  const detail = errors.map((e) => `argument "${e.name}" ${e.reason}`).join('; ');
  return new HttpProblem(400, 'Invalid arguments', `${definition.name}: ${detail}`, errors);
}

export function createMcpFactory(db: Db, log: McpLogger, { version = '0.1.0', license = null }: { version?: string; license?: License | null } = {}) {
  const tools = createTools(db, license);
  const byName = new Map(tools.map((definition) => [definition.name, definition]));
  const reader = createArticleReader(db);
  const listed = tools.map(({ name, title, description, input, output }) => ({
    name,
    title,
    description,
    inputSchema: input as unknown as { type: 'object' },
    outputSchema: output as unknown as { type: 'object' },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }));

  function call(name: string, args: unknown, context: ToolContext): CallToolResult {
    const definition = byName.get(name);
    if (!definition) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${name}; the tools are ${tools.map((t) => t.name).join(', ')}.`);
    try {
      const problem = argumentProblem(definition, args ?? {});
      if (problem) return problemResult(problem);
      const { structured, text } = definition.run((args ?? {}) as never, context);
      return { content: [{ type: 'text', text }], structuredContent: structured as Record<string, unknown> };
    } catch (error) {
      if (error instanceof HttpProblem) return problemResult(error);
      log.error({ err: error, tool: name }, 'an MCP tool failed');
      return { isError: true, content: [{ type: 'text', text: 'An internal error occurred.' }] };
    }
  }

  function readArticle(uri: string, context: ToolContext) {
    let title: string;
    try {
      title = decodeURIComponent(uri.slice(ARTICLE_URI.length));
    } catch {
      title = '';
    }
    if (!uri.startsWith(ARTICLE_URI) || title === '' || title.length > 512) {
      throw new McpError(RESOURCE_NOT_FOUND, `No resource ${uri}: resources are article://{title}.`);
    }
    try {
      const { resolved, text } = reader.read(title);
      const href = context.baseUrl ? new URL(resolved.ref.href, context.baseUrl).href : resolved.ref.href;
      return { contents: [{ uri, mimeType: 'text/markdown', text, _meta: { article: resolved.ref, url: href } }] };
    } catch (error) {
      if (error instanceof HttpProblem) throw new McpError(RESOURCE_NOT_FOUND, error.detail);
      throw error;
    }
  }

  // A Server makes its own Ajv instance unless given one (for elicitation, unused here): shared,
  // so a stateless request does not pay for a new Ajv (a third of the time of a call).
  const jsonSchemaValidator = new AjvJsonSchemaValidator();

  /** A server for one connection (stdio) or one request (stateless HTTP). */
  return function createServer(context: ToolContext = {}): Server {
    const server = new Server({ name: SERVER_NAME, version }, { capabilities: { tools: {}, resources: {}, completions: {} }, jsonSchemaValidator });
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: listed }));
    server.setRequestHandler(CallToolRequestSchema, (request) => call(request.params.name, request.params.arguments, context));
    server.setRequestHandler(ListResourceTemplatesRequestSchema, () => ({
      resourceTemplates: [
        {
          uriTemplate: ARTICLE_TEMPLATE,
          name: 'article',
          title: 'Article',
          description: 'The readable text of an article (any spelling of its title, or a redirect), with its numbered references',
          mimeType: 'text/markdown',
        },
      ],
    }));
    server.setRequestHandler(ListResourcesRequestSchema, (request) => {
      let page;
      try {
        page = reader.list(RESOURCES_PER_PAGE, request.params?.cursor);
      } catch (error) {
        if (error instanceof HttpProblem) throw new McpError(ErrorCode.InvalidParams, error.detail);
        throw error;
      }
      return {
        resources: page.items.map((item) => ({
          uri: `${ARTICLE_URI}${encodeURIComponent(item.slug)}`,
          name: item.title,
          mimeType: 'text/markdown',
          ...(item.summary ? { description: item.summary } : {}),
        })),
        ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      };
    });
    server.setRequestHandler(ReadResourceRequestSchema, (request) => readArticle(request.params.uri, context));
    // The title of article://{title}, completed as /v1/titles completes it.
    server.setRequestHandler(CompleteRequestSchema, ({ params: { ref, argument } }) => {
      const titles = ref.type === 'ref/resource' && ref.uri === ARTICLE_TEMPLATE && argument.name === 'title' ? reader.complete(argument.value, COMPLETIONS + 1) : [];
      return { completion: { values: titles.slice(0, COMPLETIONS), hasMore: titles.length > COMPLETIONS } };
    });
    return server;
  };
}

export type McpFactory = ReturnType<typeof createMcpFactory>;
