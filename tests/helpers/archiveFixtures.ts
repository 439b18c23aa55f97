// Archive files as the old portal would export them, written by the tests: Vietnamese text, a table, a picture
// in a folder next to the file, a picture that is missing, a draft and a duplicate.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

export const TABLE_HTML =
  '<table><tbody><tr><th>Đơn vị</th><th>Điểm</th></tr><tr><td>Sở Nội vụ</td><td>90,60</td></tr><tr><td>Sở Tư pháp</td><td>88,15</td></tr></tbody></table>'

export async function archiveFolder(): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'archive-'))
  mkdirSync(path.join(folder, 'wp-content/uploads/2019/05'), { recursive: true })
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#9e1b1b' } })
    .png()
    .toBuffer()
  writeFileSync(path.join(folder, 'wp-content/uploads/2019/05/hoi-nghi.png'), png)
  writeFileSync(path.join(folder, 'anh-bia.png'), png)
  return folder
}

const wxrItem = (fields: string) => `<item>${fields}</item>`

export function writeWxr(folder: string, { title = 'Hội nghị tổng kết công tác cải cách hành chính năm 2019' } = {}): string {
  const file = path.join(folder, 'wordpress.xml')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Sở Nội vụ Lào Cai</title>
<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[lien]]></wp:author_login><wp:author_display_name><![CDATA[Lưu Quỳnh Liên]]></wp:author_display_name></wp:author>
${wxrItem(`<title>Ảnh hội nghị</title><wp:post_id>50</wp:post_id><wp:post_type>attachment</wp:post_type><wp:attachment_url>http://old.invalid/anh-bia.png</wp:attachment_url>`)}
${wxrItem(`<title>${title}</title><link>http://sonoivu.laocai.gov.vn/2019/05/hoi-nghi-tong-ket/</link><guid isPermaLink="false">http://sonoivu.laocai.gov.vn/?p=101</guid>
<dc:creator><![CDATA[lien]]></dc:creator><pubDate>Wed, 01 May 2019 03:00:00 +0000</pubDate>
<category domain="category" nicename="tin-hoat-dong"><![CDATA[Tin hoạt động]]></category><category domain="post_tag" nicename="cchc"><![CDATA[CCHC]]></category>
<content:encoded><![CDATA[<h2>Kết quả chấm điểm</h2><p>Năm 2019, <strong>Sở Nội vụ</strong> đạt <em>kết quả cao</em>.</p>
[caption id="attachment_50" align="aligncenter" width="40"]<img src="http://sonoivu.laocai.gov.vn/wp-content/uploads/2019/05/hoi-nghi.png" alt="" width="40" /> Toàn cảnh hội nghị[/caption]
${TABLE_HTML}<ul><li>Mục một</li><li>Mục hai</li></ul><p><img src="/wp-content/uploads/khong-co-anh.jpg" alt="Ảnh đã mất"></p>]]></content:encoded>
<excerpt:encoded><![CDATA[Tóm tắt hội nghị tổng kết.]]></excerpt:encoded>
<wp:post_id>101</wp:post_id><wp:post_date_gmt>2019-05-01 03:00:00</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>50</wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>post_views_count</wp:meta_key><wp:meta_value>76</wp:meta_value></wp:postmeta>`)}
${wxrItem(`<title>Bản nháp về tuyển dụng công chức</title><link>http://sonoivu.laocai.gov.vn/?p=102</link><guid isPermaLink="false">http://sonoivu.laocai.gov.vn/?p=102</guid>
<dc:creator>lien</dc:creator><category domain="category"><![CDATA[tin hoạt động]]></category>
<content:encoded><![CDATA[Đoạn thứ nhất.

Đoạn thứ hai.]]></content:encoded><wp:post_id>102</wp:post_id><wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt><wp:status>draft</wp:status><wp:post_type>post</wp:post_type>`)}
${wxrItem(`<title>Hội nghị (bản trùng)</title><link>http://sonoivu.laocai.gov.vn/2019/05/hoi-nghi-tong-ket/</link><guid isPermaLink="false">http://sonoivu.laocai.gov.vn/?p=101</guid>
<content:encoded><![CDATA[<p>Trùng</p>]]></content:encoded><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>`)}
${wxrItem(`<title>Giới thiệu</title><link>http://sonoivu.laocai.gov.vn/gioi-thieu/</link><guid>http://sonoivu.laocai.gov.vn/?page_id=2</guid><wp:status>publish</wp:status><wp:post_type>page</wp:post_type>`)}
</channel></rss>`,
  )
  return file
}

export function writeRss(folder: string): string {
  const file = path.join(folder, 'tin-tuc.rss')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tin tức</title>
<item><title>Thông báo thi tuyển viên chức năm 2020</title><link>http://sonoivu.laocai.gov.vn/tin-tuc/thong-bao-thi-tuyen-2020.html</link>
<guid>tin-2020-1</guid><pubDate>Mon, 06 Jan 2020 08:00:00 +0700</pubDate><author>Phòng Công chức</author><category>Thông báo</category>
<description><![CDATA[<p>Sở Nội vụ thông báo kỳ thi tuyển.</p>${TABLE_HTML}]]></description>
<enclosure url="http://sonoivu.laocai.gov.vn/uploads/anh-bia.png" type="image/png" length="100"/></item>
<item><title>Thông báo thi tuyển (trùng)</title><link>http://sonoivu.laocai.gov.vn/tin-tuc/thong-bao-thi-tuyen-2020.html</link><guid>tin-2020-1</guid><description>Trùng</description></item>
<item><title>Lịch tiếp công dân tháng 2</title><link>http://sonoivu.laocai.gov.vn/tin-tuc/lich-tiep-cong-dan.html</link><guid>tin-2020-2</guid>
<pubDate>Mon, 03 Feb 2020 08:00:00 +0700</pubDate><category>thông báo</category><description>Lịch tiếp công dân của lãnh đạo Sở.</description></item>
</channel></rss>`,
  )
  return file
}

export function writeCsv(folder: string): string {
  const file = path.join(folder, 'luu-tru.csv')
  const rows = [
    'title,date,author,category,summary,body,images,views,old_url',
    `"Đánh giá chỉ số PAR INDEX năm 2018","17/4/2019 08:30","Nguyễn Văn An","Cải cách hành chính","Kết quả xếp hạng","<p>Lào Cai xếp thứ <b>20</b>.</p>${TABLE_HTML.replace(/"/g, '""')}","anh-bia.png|thieu-anh.jpg","1.234","http://sonoivu.laocai.gov.vn/index.php?option=com_content&id=77"`,
    `"Hướng dẫn thi đua khen thưởng","2/1/2019","nguyễn văn an","cải cách hành chính","","<p>Hướng dẫn.</p>","","12","http://sonoivu.laocai.gov.vn/huong-dan-thi-dua.html"`,
    `"Hướng dẫn thi đua (trùng)","2/1/2019","","","","<p>Trùng.</p>","","","http://sonoivu.laocai.gov.vn/huong-dan-thi-dua.html"`,
  ]
  writeFileSync(file, '\uFEFF' + rows.join('\r\n') + '\r\n')
  return file
}
