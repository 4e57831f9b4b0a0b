/**
 * Data, not logic: the template and parameter names a page's metadata is read from (its short
 * description, main image, coordinates), compared normalised as vocabulary.ts's are: lower case, spaces.
 */

/** `{{Short description|…}}` and its redirects. */
export const SHORT_DESCRIPTION_TEMPLATES = new Set(['short description', 'short desc', 'shortdesc']);

/** The value of a short description that says the page has none. */
export const NO_DESCRIPTION = 'none';

/**
 * An infobox's image parameters, in the order they are tried, each with the parameters that give
 * its caption and its alt text (the first present of each wins).
 */
export const IMAGE_PARAMETERS: readonly { file: string; caption: readonly string[]; alt: readonly string[] }[] = [
  { file: 'image', caption: ['caption', 'image_caption', 'imagecaption'], alt: ['alt', 'image_alt', 'imagealt'] },
  { file: 'image_name', caption: ['caption', 'image_caption'], alt: ['alt', 'image_alt'] },
  { file: 'image_file', caption: ['caption', 'image_caption'], alt: ['alt', 'image_alt'] },
  { file: 'photo', caption: ['photo_caption', 'caption'], alt: ['photo_alt', 'alt'] },
  { file: 'img', caption: ['img_capt', 'caption'], alt: ['img_alt', 'alt'] },
  { file: 'logo', caption: ['logo_caption', 'caption'], alt: ['logo_alt', 'alt'] },
  { file: 'flag', caption: ['flag_caption'], alt: ['flag_alt', 'alt_flag'] },
  { file: 'image_flag', caption: ['flag_caption'], alt: ['alt_flag', 'flag_alt'] },
  { file: 'image_skyline', caption: ['image_caption', 'caption'], alt: ['image_alt', 'alt'] },
  { file: 'image_map', caption: ['map_caption'], alt: ['map_alt', 'alt_map'] },
  { file: 'map_image', caption: ['map_caption'], alt: ['map_alt'] },
  { file: 'image_coat', caption: ['symbol_type'], alt: ['alt_coat'] },
  { file: 'image_seal', caption: ['seal_type'], alt: ['seal_alt'] },
  { file: 'insignia', caption: ['insignia_caption'], alt: ['insignia_alt'] },
];

/**
 * The options of a `[[File:…|…]]` link (MediaWiki's image parameters): any other part is the
 * caption. Those with a value (`alt=…`, `upright=1.2`) are matched on the name before the `=`.
 */
export const FILE_OPTIONS = new Set([
  'thumb', 'thumbnail', 'frame', 'framed', 'frameless', 'border', 'left', 'right', 'center', 'centre', 'none',
  'upright', 'baseline', 'sub', 'super', 'top', 'text-top', 'middle', 'bottom', 'text-bottom', 'loop', 'muted',
]);
export const FILE_OPTIONS_WITH_VALUE = new Set(['alt', 'link', 'page', 'class', 'lang', 'upright', 'thumb', 'thumbnail', 'start', 'end', 'thumbtime']);
/** `250px`, `x120px`, `250x120px`. */
export const FILE_SIZE_OPTION = /^\d*(?:x\d+)?\s*px$/;

/** A file name as a parameter gives it: something with an extension (`Skyline.jpg`), not `yes` or a template's output. */
export const FILE_NAME = /^[^|{}[\]<>#\n]+\.[A-Za-z0-9]{2,5}$/;

/** `{{coord|…}}` and the templates that take its parameters. */
export const COORDINATE_TEMPLATES = new Set(['coord', 'coor', 'coor d', 'coor dm', 'coor dms', 'coord dms', 'coordinates']);

/** Hemisphere letters: the sign they give and the axis they belong to. */
export const HEMISPHERES: Record<string, { sign: 1 | -1; axis: 'lat' | 'lon' }> = {
  N: { sign: 1, axis: 'lat' },
  S: { sign: -1, axis: 'lat' },
  E: { sign: 1, axis: 'lon' },
  W: { sign: -1, axis: 'lon' },
};

/** `display=` values of {{coord}} that show the coordinates at the page's title (the page's own location). */
export const TITLE_DISPLAYS = new Set(['title', 't', 'it', 'ti', 'inline,title', 'title,inline', 'inline, title', 'title, inline']);

/**
 * Infobox parameters that give a location in parts: degrees, minutes, seconds and the hemisphere
 * of each axis (the older `latd`/`longd` style), or a signed decimal of each (`latitude`).
 */
export const COORDINATE_PARAMETERS: readonly { lat: readonly [string, string, string, string]; lon: readonly [string, string, string, string] }[] = [
  { lat: ['latd', 'latm', 'lats', 'latns'], lon: ['longd', 'longm', 'longs', 'longew'] },
  { lat: ['lat_d', 'lat_m', 'lat_s', 'lat_ns'], lon: ['long_d', 'long_m', 'long_s', 'long_ew'] },
  { lat: ['lat_deg', 'lat_min', 'lat_sec', 'lat_dir'], lon: ['lon_deg', 'lon_min', 'lon_sec', 'lon_dir'] },
  { lat: ['latitude', '', '', ''], lon: ['longitude', '', '', ''] },
];

/** Infobox parameters saying where its `latd`/`longd` coordinates are shown (`title` makes them the page's). */
export const COORDINATE_DISPLAY_PARAMETERS = ['coordinates_display', 'coord_display', 'coordinates display'];
