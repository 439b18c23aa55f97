// The department's founding pages: the introduction (Vietnamese and English) and the two notices the law
// asks for (privacy, Decree 13/2023/NĐ-CP; accessibility, Circular 26/2020/TT-BTTTT). Staff edit them
// afterwards; the seed never overwrites a page that exists. What the seed cannot know (dates of decisions,
// the department's history) is written as a bracketed note for staff, never invented.
import type { Payload } from 'payload'

import type { Page } from '@/payload-types'
import { documentOf, paragraphOf, textNode } from '@/utilities/lexical'

type Block = { p: string } | { h2: string } | { ul: string[] } | { link: [before: string, label: string, href: string, after: string] }

function linkNode(label: string, url: string) {
  return {
    type: 'link',
    version: 3,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    fields: { linkType: 'custom', url, newTab: false },
    children: [textNode(label)],
  }
}

function node(block: Block): object {
  if ('p' in block) return paragraphOf([textNode(block.p)])
  if ('link' in block) {
    const [before, label, href, after] = block.link
    return paragraphOf([textNode(before), linkNode(label, href), textNode(after)].filter((n) => !('text' in n) || n.text))
  }
  if ('h2' in block) {
    return { type: 'heading', tag: 'h2', version: 1, direction: 'ltr', format: '', indent: 0, children: [textNode(block.h2)] }
  }
  return {
    type: 'list',
    tag: 'ul',
    listType: 'bullet',
    start: 1,
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: block.ul.map((text, i) => ({
      type: 'listitem',
      value: i + 1,
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [textNode(text)],
    })),
  }
}

/** Headings, paragraphs, links and bullet lists as a Lexical document. */
/** The page body for `blocks`, as a Lexical document. */
export function pageBody(blocks: Block[]): NonNullable<Page['body']> {
  return documentOf(blocks.map(node)) as NonNullable<Page['body']>
}

const ABOUT_VI: Block[] = [
  {
    p:
      'Sở Nội vụ tỉnh Lào Cai là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lào Cai, có tư cách pháp nhân, con dấu và tài khoản riêng; ' +
      'chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn ' +
      'về chuyên môn, nghiệp vụ của Bộ Nội vụ.',
  },
  { h2: 'Chức năng' },
  {
    p: 'Sở Nội vụ tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về các lĩnh vực của ngành nội vụ theo quy định của pháp luật, gồm:',
  },
  {
    ul: [
      'tổ chức bộ máy hành chính, sự nghiệp nhà nước; vị trí việc làm, biên chế công chức và số lượng người làm việc trong đơn vị sự nghiệp công lập;',
      'cán bộ, công chức, viên chức và công vụ: tuyển dụng, sử dụng, quản lý, đào tạo, bồi dưỡng; tiền lương;',
      'chính quyền địa phương; địa giới đơn vị hành chính;',
      'cải cách hành chính;',
      'hội, quỹ xã hội, quỹ từ thiện và tổ chức phi chính phủ;',
      'văn thư, lưu trữ nhà nước;',
      'tín ngưỡng, tôn giáo;',
      'thi đua, khen thưởng;',
      'công tác thanh niên;',
      'lao động, việc làm, bảo hiểm xã hội, an toàn, vệ sinh lao động và người có công, theo phân công của Chính phủ và Ủy ban nhân dân tỉnh.',
    ],
  },
  {
    p:
      'Phạm vi cụ thể của từng lĩnh vực do Chính phủ, Bộ Nội vụ và Ủy ban nhân dân tỉnh quy định và có thể thay đổi; quyết định của Ủy ban ' +
      'nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở là căn cứ chính thức.',
  },
  { p: '[Cán bộ cập nhật: số, ngày và trích yếu quyết định của Ủy ban nhân dân tỉnh đang có hiệu lực.]' },
  { h2: 'Nhiệm vụ và quyền hạn' },
  {
    ul: [
      'Trình Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch, chương trình và các văn bản khác thuộc lĩnh vực nội vụ.',
      'Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, chương trình sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về các lĩnh vực được giao.',
      'Hướng dẫn chuyên môn, nghiệp vụ về các lĩnh vực nội vụ đối với các cơ quan, đơn vị thuộc tỉnh và chính quyền địa phương cấp dưới.',
      'Thanh tra, kiểm tra; giải quyết khiếu nại, tố cáo; phòng, chống tham nhũng, tiêu cực, lãng phí theo quy định của pháp luật.',
      'Hợp tác quốc tế; ứng dụng khoa học, công nghệ và chuyển đổi số trong các lĩnh vực được giao.',
      'Tổng hợp, thống kê, báo cáo định kỳ và đột xuất về tình hình thực hiện nhiệm vụ với Ủy ban nhân dân tỉnh và Bộ Nội vụ.',
      'Quản lý tổ chức bộ máy, vị trí việc làm, biên chế, công chức, viên chức, tài chính, tài sản của Sở theo quy định và phân cấp.',
      'Thực hiện các nhiệm vụ khác do Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh giao và theo quy định của pháp luật.',
    ],
  },
  { h2: 'Quá trình hình thành và phát triển' },
  {
    p:
      '[Cán bộ cập nhật: nội dung này chưa được biên soạn. Ghi các mốc chính (năm thành lập, các lần hợp nhất, đổi tên, tiếp nhận nhiệm vụ) ' +
      'kèm số, ngày của văn bản quyết định.]',
  },
  { link: ['Địa chỉ, điện thoại và người phát ngôn của Sở: xem trang ', 'Liên hệ', '/lien-he', '.'] },
]

const ABOUT_EN: Block[] = [
  {
    p:
      'The Department of Home Affairs of Lao Cai Province is a specialised agency of the Provincial People’s Committee. It has its own legal ' +
      'status, seal and accounts; it reports to the Provincial People’s Committee on organisation, staffing and work, and follows the ' +
      'professional guidance of the Ministry of Home Affairs.',
  },
  { h2: 'Functions' },
  { p: 'The department advises and assists the Provincial People’s Committee in the state management of home affairs, as set by law:' },
  {
    ul: [
      'the organisation of state administrative and public service bodies; job positions, civil service posts and staff numbers in public service units;',
      'officials, civil servants and public employees and the public service: recruitment, employment, management, training; salaries;',
      'local government; administrative boundaries;',
      'public administration reform;',
      'associations, social and charity funds and non-governmental organisations;',
      'state records and archives;',
      'beliefs and religion;',
      'emulation and commendation;',
      'youth affairs;',
      'labour, employment, social insurance, occupational safety and health, and people with meritorious services to the revolution, as assigned by the Government and the Provincial People’s Committee.',
    ],
  },
  {
    p:
      'The exact scope of each field is set by the Government, the Ministry of Home Affairs and the Provincial People’s Committee and may change; ' +
      'the Provincial People’s Committee’s decision on the department’s functions, duties, powers and organisation is the authoritative text.',
  },
  { p: '[Staff to complete: number, date and title of the Provincial People’s Committee’s decision in force.]' },
  { h2: 'Duties and powers' },
  {
    ul: [
      'Submitting draft decisions, plans, programmes and other documents on home affairs to the Provincial People’s Committee and its Chairperson.',
      'Implementing legal documents, plans and programmes once approved; informing the public and disseminating the law in its fields.',
      'Giving professional guidance on home affairs to provincial agencies and to lower levels of local government.',
      'Inspection; handling complaints and denunciations; preventing corruption and waste, as the law provides.',
      'International cooperation; science, technology and digital transformation in its fields.',
      'Regular and ad hoc reporting to the Provincial People’s Committee and the Ministry of Home Affairs.',
      'Managing its own organisation, posts, staff, finances and assets as delegated.',
      'Other duties assigned by the Provincial People’s Committee and its Chairperson or set by law.',
    ],
  },
  { h2: 'History' },
  { p: '[Staff to complete: the main milestones (foundation, mergers, renamings, new duties) with the number and date of each decision.]' },
  { link: ['Address, phone and spokesperson: see ', 'Contact', '/en/contact', '.'] },
]

const PRIVACY_VI: Block[] = [
  {
    p:
      'Trang này cho biết Cổng thông tin điện tử Sở Nội vụ tỉnh Lào Cai thu thập và xử lý dữ liệu cá nhân nào, để làm gì, giữ trong bao lâu ' +
      'và bạn có những quyền gì, theo Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân.',
  },
  { h2: 'Ai kiểm soát dữ liệu' },
  {
    link: [
      'Sở Nội vụ tỉnh Lào Cai là bên kiểm soát và xử lý dữ liệu cá nhân thu thập qua cổng này. Địa chỉ, điện thoại, thư điện tử: xem trang ',
      'Liên hệ',
      '/lien-he',
      '.',
    ],
  },
  { h2: 'Khi bạn đọc tin: bộ đếm truy cập' },
  {
    ul: [
      'Cổng không dùng cookie để theo dõi bạn đọc và không nhúng mã quảng cáo, mạng xã hội hay công cụ thống kê của bên ngoài.',
      'Để đếm lượt xem và số người truy cập, trình duyệt của bạn giữ một mã ngẫu nhiên (trong bộ nhớ của trình duyệt, localStorage); mã này không chứa thông tin gì về bạn. Nếu trình duyệt không giữ được mã, máy chủ dùng địa chỉ IP và tên trình duyệt (user agent) thay cho mã.',
      'Mã đó, hoặc địa chỉ IP và tên trình duyệt, không được lưu nguyên dạng: máy chủ chỉ giữ một giá trị băm (SHA-256) tạo với một khóa bí mật của ngày. Khóa của mỗi ngày bị xóa ngay khi hết ngày (giờ Việt Nam) và không bao giờ có trong bản sao lưu, nên không ai, kể cả quản trị viên, có thể lần từ giá trị băm ra địa chỉ của bạn hay nối các lần truy cập của bạn qua các ngày.',
      'Địa chỉ IP không được ghi vào cơ sở dữ liệu. Máy chủ chỉ giữ tạm trong bộ nhớ số người truy cập mới từ mỗi địa chỉ trong ngày (để một máy không thể đẩy số liệu lên) và số lần đăng nhập sai từ mỗi địa chỉ (để chống dò mật khẩu); những số này mất đi khi hết ngày, khi hết thời gian chờ hoặc khi máy chủ khởi động lại.',
      'Điều được lưu lâu dài chỉ là các con số: lượt xem của từng bài, số người truy cập của từng ngày.',
      'Bạn có thể xóa mã ngẫu nhiên bất cứ lúc nào bằng cách xóa dữ liệu trang web trong trình duyệt.',
    ],
  },
  { h2: 'Khi bạn gửi câu hỏi (Hỏi đáp)' },
  {
    ul: [
      'Dữ liệu thu thập: họ và tên, thư điện tử hoặc số điện thoại bạn cung cấp, tiêu đề và nội dung câu hỏi.',
      'Mục đích: để Sở trả lời câu hỏi của bạn. Câu hỏi và câu trả lời có thể được đăng công khai trên trang Hỏi đáp; thư điện tử và số điện thoại của bạn không bao giờ được đăng.',
      'Căn cứ: sự đồng ý của bạn, thể hiện bằng ô đánh dấu trên mẫu gửi câu hỏi. Không đồng ý thì câu hỏi không được gửi.',
      'Người được xem: cán bộ của Sở được giao trả lời. Dữ liệu không được cung cấp cho bên thứ ba, trừ trường hợp pháp luật quy định.',
      'Thời hạn lưu: thông tin liên hệ của bạn được tự động xóa sau 12 tháng kể từ khi câu hỏi được trả lời (quản trị viên có thể đặt thời hạn khác; thời hạn đang áp dụng được ghi trên mẫu gửi câu hỏi). Câu hỏi và câu trả lời được giữ lại.',
    ],
  },
  { h2: 'Tài khoản cán bộ' },
  {
    p: 'Cán bộ đăng nhập trang quản trị dùng một cookie phiên làm việc, chỉ để giữ trạng thái đăng nhập. Bạn đọc không cần và không nhận cookie này.',
  },
  { h2: 'Quyền của bạn và cách thực hiện' },
  {
    p:
      'Theo Điều 9 Nghị định số 13/2023/NĐ-CP, bạn có quyền được biết, đồng ý, truy cập, rút lại sự đồng ý, xóa dữ liệu, hạn chế xử lý, ' +
      'yêu cầu cung cấp dữ liệu, phản đối xử lý, khiếu nại, tố cáo, khởi kiện, yêu cầu bồi thường thiệt hại và tự bảo vệ.',
  },
  {
    link: [
      'Để xem, sửa hoặc yêu cầu xóa dữ liệu của bạn (ví dụ thông tin liên hệ trong một câu hỏi đã gửi), hãy gửi yêu cầu đến Sở theo địa chỉ hoặc thư điện tử trên trang ',
      'Liên hệ',
      '/lien-he',
      ', ghi rõ ngày gửi và tiêu đề câu hỏi cùng thông tin liên hệ đã dùng để Sở xác định đúng dữ liệu. Sở xử lý yêu cầu trong thời hạn pháp luật quy định.',
    ],
  },
  { p: 'Số liệu của bộ đếm truy cập không gắn với bất kỳ ai nên không thể tìm, cung cấp hay xóa riêng cho một người.' },
  { h2: 'Cập nhật' },
  { p: 'Trang này được sửa khi cách cổng xử lý dữ liệu thay đổi. [Cán bộ ghi ngày cập nhật gần nhất.]' },
]

const ACCESSIBILITY_VI: Block[] = [
  {
    p:
      'Sở Nội vụ tỉnh Lào Cai muốn mọi người, trong đó có người khuyết tật, người cao tuổi và người dùng điện thoại, đọc và sử dụng được ' +
      'cổng thông tin này. Trang này nói cổng được xây dựng theo tiêu chuẩn nào, được kiểm tra ra sao, còn những hạn chế gì và báo lỗi ở đâu.',
  },
  { h2: 'Tiêu chuẩn áp dụng' },
  {
    ul: [
      'Hướng dẫn về khả năng tiếp cận nội dung web WCAG 2.1, mức AA.',
      'Thông tư số 26/2020/TT-BTTTT của Bộ Thông tin và Truyền thông quy định việc áp dụng tiêu chuẩn, công nghệ hỗ trợ người khuyết tật tiếp cận, sử dụng sản phẩm, dịch vụ công nghệ thông tin và truyền thông.',
    ],
  },
  {
    p: 'Mức độ hiện tại: đáp ứng một phần. Các trang công khai được xây dựng để đạt mức AA; những hạn chế đã biết được nêu dưới đây.',
  },
  { h2: 'Những gì cổng đã làm' },
  {
    ul: [
      'Trang khai báo ngôn ngữ (tiếng Việt, hoặc tiếng Anh ở các trang /en), có đường dẫn "Chuyển đến nội dung chính" và dùng đúng tiêu đề, danh sách, bảng, vùng điều hướng.',
      'Mọi chức năng dùng được bằng bàn phím; tìm kiếm và các biểu mẫu hoạt động cả khi trình duyệt tắt JavaScript.',
      'Ảnh tải lên phải có mô tả (văn bản thay thế); biểu đồ kết quả chỉ số luôn có bảng số liệu đi kèm.',
      'Bố cục co giãn theo màn hình, từ điện thoại rộng 360 px đến máy tính.',
      'Số điện thoại là liên kết gọi được; bản đồ là ảnh tĩnh hoặc liên kết, không nhúng bản đồ của bên ngoài.',
    ],
  },
  { h2: 'Cách kiểm tra' },
  {
    p:
      'Mỗi lần phần mềm thay đổi, bộ kiểm thử tự động mở các trang công khai trong trình duyệt Chromium ở hai độ rộng 360 px (điện thoại) ' +
      'và 1280 px (máy tính) và kiểm tra bằng công cụ axe-core theo các tiêu chí WCAG 2.0 và 2.1 mức A và AA. Một lỗi mức nghiêm trọng ' +
      '(serious hoặc critical) làm bộ kiểm thử thất bại và thay đổi không được đưa vào sử dụng.',
  },
  { h2: 'Hạn chế đã biết' },
  {
    ul: [
      'Kiểm tra tự động chỉ phát hiện được một phần các lỗi; cổng chưa được đánh giá đầy đủ với người dùng khuyết tật và các trình đọc màn hình.',
      'Tài liệu đính kèm (PDF, ảnh chụp văn bản) và ảnh cũ do cán bộ tải lên có thể chưa đọc được bằng trình đọc màn hình hoặc thiếu mô tả.',
      'Bản tiếng Anh mới có phần giới thiệu và liên hệ; tin tức chỉ có tiếng Việt.',
      'Trang quản trị dành cho cán bộ (Payload CMS) chưa được đánh giá như phần công khai.',
    ],
  },
  { h2: 'Báo lỗi và liên hệ' },
  {
    link: [
      'Nếu bạn gặp khó khăn khi đọc hoặc sử dụng một trang, hoặc cần nội dung ở dạng khác, xin báo cho Sở qua điện thoại hoặc thư điện tử trên trang ',
      'Liên hệ',
      '/lien-he',
      ', ghi rõ địa chỉ trang và khó khăn gặp phải.',
    ],
  },
  { p: '[Cán bộ ghi ngày đánh giá gần nhất.]' },
]

/** The pages the portal starts with: slug, menu place, Vietnamese text and, where written, English. */
export const DEPARTMENT_PAGES: {
  slug: string
  showInMenu: boolean
  menuOrder: number
  vi: { title: string; body: Block[] }
  en?: { title: string; body: Block[] }
}[] = [
  {
    slug: 'gioi-thieu',
    showInMenu: true,
    menuOrder: 1,
    vi: { title: 'Giới thiệu Sở Nội vụ tỉnh Lào Cai', body: ABOUT_VI },
    en: { title: 'About the Lao Cai Department of Home Affairs', body: ABOUT_EN },
  },
  {
    slug: 'chinh-sach-bao-mat',
    showInMenu: false,
    menuOrder: 90,
    vi: { title: 'Chính sách bảo mật và bảo vệ dữ liệu cá nhân', body: PRIVACY_VI },
  },
  { slug: 'tuyen-bo-tiep-can', showInMenu: false, menuOrder: 91, vi: { title: 'Tuyên bố về khả năng tiếp cận', body: ACCESSIBILITY_VI } },
]

/** Creates each founding page that does not exist yet (published, in Vietnamese, then its English text). */
export async function seedDepartmentPages(payload: Payload): Promise<string[]> {
  const created: string[] = []
  const context = { disableRevalidate: true }
  for (const page of DEPARTMENT_PAGES) {
    const found = await payload.find({ collection: 'pages', where: { slug: { equals: page.slug } }, limit: 1, depth: 0, draft: true })
    if (found.docs[0]) continue
    const doc = await payload.create({
      collection: 'pages',
      locale: 'vi',
      data: {
        title: page.vi.title,
        slug: page.slug,
        body: pageBody(page.vi.body),
        showInMenu: page.showInMenu,
        menuOrder: page.menuOrder,
        _status: 'published',
      },
      context,
    })
    if (page.en) {
      await payload.update({
        collection: 'pages',
        id: doc.id,
        locale: 'en',
        data: { title: page.en.title, body: pageBody(page.en.body), _status: 'published' },
        context,
      })
    }
    created.push(`trang /${page.slug}`)
  }
  return created
}
